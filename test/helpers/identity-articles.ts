// Articles written for the identity tests: one Lao leader spelt two ways with agreeing evidence,
// then a third spelling with no evidence and one of the known spellings again, and one name borne by a Lao and a Cambodian official.
import type { ArticleGraph } from "../../src/graph/graph-model";
import type { GraphStore } from "../../src/graph/store";
import { toArticleGraph } from "../../src/ingest/ingest-files";

const TEXTS = [
  "date 2024-01-10\nChiều 9/1, đoàn đại biểu tỉnh Khăm Muộn do đồng chí Văn-xay Phong-sạ-vẳn, Tỉnh trưởng tỉnh Khăm Muộn dẫn đầu đã sang thăm tỉnh Hà Tĩnh.",
  "date 2024-06-12\nSáng 11/6, đồng chí Văn xay Phong xa vẳn, Tỉnh trưởng tỉnh Khăm Muộn đã tiếp đoàn công tác của tỉnh Quảng Bình.",
  "date 2024-08-02\nNgày 1/8, ông Văn-xay Phông-xa-vẳng đã tới thăm Bảo tàng tỉnh Nghệ An.",
  "date 2024-08-03\nNgày 2/8, ông Văn xay Phong xa vẳn đã tới thăm Khu di tích Kim Liên, tỉnh Nghệ An.",
  "date 2024-03-05\nChiều 4/3, đồng chí Bun Mi Phon Xay, Phó Tỉnh trưởng tỉnh Hủa Phăn đã làm việc với tỉnh Thanh Hóa.",
  "date 2024-04-05\nSáng 4/4, ông Bun Mi Phon Xay, Phó Tỉnh trưởng tỉnh Takeo đã làm việc với tỉnh An Giang.",
];

export function identityArticles(): ArticleGraph[] {
  return TEXTS.map((text, i) => toArticleGraph({ source: `identity-${i + 1}.txt`, text }));
}

export async function peopleOf(store: GraphStore): Promise<Array<{ id: string; country: unknown; variantKey: unknown; aliases: string[] }>> {
  return (await store.dump()).nodes
    .filter((n) => n.label === "Person")
    .map((n) => ({ id: n.id, country: n.props.country, variantKey: n.props.variantKey, aliases: (n.props.aliases as string[]) ?? [] }));
}
