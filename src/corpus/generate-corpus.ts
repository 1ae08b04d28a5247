// Generates realistic synthetic articles of the genre (real place names, invented people, varied
// phrasing, dates and signings), seeded and reproducible, with the facts each one states.
import { PLACES, type Place } from "../reference/gazetteer";
import type { ArticleInput } from "../ingest/article-text";
import type { DocumentKind } from "../graph/model";
import { Random } from "./random";

export interface GeneratedArticle extends ArticleInput {
  truth: {
    home: string;
    partner: string;
    leader: string;
    signed: DocumentKind | null;
    date: string;
  };
}

const VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lò", "Cầm", "Hà", "Lương"];
const VN_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Xuân", "Thu"];
const VN_GIVEN = ["Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Sơn", "Hà", "Bình", "Thảo", "Long", "Phương", "Cường", "Nga", "Khánh", "Vinh"];
const LAO_SYLLABLES = ["khăm", "phăn", "xổm", "phết", "bun", "thoong", "vông", "xay", "sỉ", "lăn", "nhạ", "phon", "sạ", "vẳn", "kẹo", "thạt"];
const KH_NAMES = ["Chan Sophal", "Sok Dara", "Hun Vanna", "Kim Sreymom", "Men Sothea", "Ouk Rithy", "Prak Sokha", "Chea Vuthy"];
const FILLER = [
  "Hai bên đã thông tin khái quát tình hình kinh tế - xã hội của mỗi địa phương; kết quả hoạt động công tác tuyên giáo thời gian qua và phương hướng, nhiệm vụ thời gian tới.",
  "Các đại biểu đã trao đổi kinh nghiệm về công tác tuyên truyền, báo chí, xuất bản, công tác thông tin đối ngoại và đấu tranh phản bác các quan điểm sai trái, thù địch.",
  "Lãnh đạo hai bên khẳng định mối quan hệ hữu nghị truyền thống, đoàn kết đặc biệt và hợp tác toàn diện ngày càng được củng cố, phát triển.",
  "Trong thời gian tới, hai bên tiếp tục phối hợp tuyên truyền sâu rộng cho cán bộ, đảng viên và nhân dân về truyền thống đoàn kết, hữu nghị giữa hai nước.",
  "Thông qua hoạt động trao đổi, hai bên học hỏi thêm nhiều kinh nghiệm quý trong công tác lý luận chính trị, khoa giáo, văn hóa, văn nghệ và công tác dư luận xã hội.",
  "Nhân dịp này, đoàn đã đi thăm một số mô hình tiêu biểu, di tích lịch sử và cơ sở sản xuất trên địa bàn.",
  "Hai bên nhất trí tăng cường trao đổi thông tin, tài liệu tuyên truyền; phối hợp tổ chức các hoạt động kỷ niệm những ngày lễ lớn của hai Đảng, hai nước, góp phần giáo dục truyền thống cho thế hệ trẻ.",
  "Thời gian qua, công tác tuyên truyền về mối quan hệ hữu nghị đặc biệt được triển khai bằng nhiều hình thức phong phú như hội nghị báo cáo viên, xuất bản ấn phẩm, phóng sự truyền hình và các cuộc thi tìm hiểu lịch sử quan hệ hai nước.",
  "Các đại biểu cũng trao đổi về kinh nghiệm ứng dụng công nghệ thông tin, chuyển đổi số trong công tác tuyên giáo, xây dựng đội ngũ cộng tác viên và lực lượng nòng cốt trên không gian mạng.",
  "Phát biểu tại buổi làm việc, lãnh đạo hai bên đánh giá cao những kết quả đạt được trong thực hiện các nội dung hợp tác đã thống nhất, đồng thời chỉ ra một số hạn chế cần khắc phục trong thời gian tới.",
  "Theo chương trình, đoàn còn làm việc với một số sở, ngành liên quan, thăm trường học, trạm y tế và các công trình hữu nghị được xây dựng bằng nguồn viện trợ của hai bên.",
];
const DOCS: ReadonlyArray<[DocumentKind, string]> = [
  ["mou", "biên bản ghi nhớ hợp tác"],
  ["cooperation_programme", "chương trình phối hợp công tác tuyên giáo"],
  ["agreement", "thỏa thuận hợp tác"],
  ["minutes", "biên bản hội đàm"],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const current = (p: Place) => p.validTo === null;

function orgName(p: Place): string {
  if (p.country === "VN") return `Ban Tuyên giáo ${p.kind === "city" || p.kind === "capital" ? "Thành ủy" : "Tỉnh ủy"} ${p.name.replace(/^Thành phố /u, "")}`;
  if (p.country === "CN") return `Ban Tuyên truyền ${p.kind === "region" ? "Khu ủy" : "Tỉnh ủy"} ${p.name}`;
  return `Ban Tuyên huấn ${p.kind === "capital" ? p.name : `tỉnh ${p.name}`}`;
}

function personFor(r: Random, p: Place): string {
  if (p.country === "LA")
    return `${cap(r.pick(LAO_SYLLABLES))}-${r.pick(LAO_SYLLABLES)} ${cap(r.pick(LAO_SYLLABLES))}-${r.pick(LAO_SYLLABLES)}-${r.pick(LAO_SYLLABLES)}`;
  if (p.country === "KH") return r.pick(KH_NAMES);
  return `${r.pick(VN_SURNAMES)} ${r.pick(VN_MIDDLE)} ${r.pick(VN_GIVEN)}`;
}

export interface GenerateOptions {
  /** How many filler paragraphs, [min, max]; more makes longer articles (default 6-11, about 2.5 KB). */
  paragraphs?: [number, number];
}

export function generateArticle(r: Random, index: number, opts: GenerateOptions = {}): GeneratedArticle {
  const vn = PLACES.filter((p) => p.country === "VN");
  const foreign = PLACES.filter((p) => ["LA", "KH"].includes(p.country) && p.kind === "province");
  const home = r.pick(vn.filter(current));
  const partner = r.chance(0.75) ? r.pick(foreign) : r.pick(vn.filter((p) => p.id !== home.id));
  const year = r.int(2015, 2025);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const visiting = r.chance(0.5);
  const [guest, host] = visiting ? [home, partner] : [partner, home];
  const leader = personFor(r, guest);
  const doc = r.chance(0.7) ? r.pick(DOCS) : null;
  const title = r.pick([
    `${orgName(home)} hội đàm với ${orgName(partner)}`,
    `Tăng cường hợp tác công tác tuyên giáo giữa ${home.name} và ${partner.name}`,
    `${home.name} - ${partner.name}: trao đổi kinh nghiệm công tác tuyên giáo`,
  ]);
  const dateText = r.pick([`Ngày ${day}/${month}/${year}`, `Sáng ${day}/${month}/${year}`, `Chiều ${day}/${month}/${year}`]);
  const where = host.country === "VN" ? `tỉnh ${host.name}` : `tỉnh ${host.name}`;
  const leaderRole =
    guest.country === "VN"
      ? `Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy ${guest.name}`
      : `Tỉnh ủy viên, Trưởng ban Tuyên huấn tỉnh ${guest.name}`;
  const lead = r.pick([
    `${dateText}, tại ${where}, ${orgName(host)} đã tiếp và làm việc với Đoàn đại biểu ${orgName(guest)} do đồng chí ${leader}, ${leaderRole} làm Trưởng đoàn.`,
    `${dateText}, Đoàn đại biểu ${orgName(guest)} do đồng chí ${leader}, ${leaderRole} làm Trưởng đoàn đã sang thăm và làm việc với ${orgName(host)}.`,
  ]);
  const paras = [lead];
  const [pmin, pmax] = opts.paragraphs ?? [6, 11];
  const filler = [...FILLER, ...FILLER].sort(() => r.next() - 0.5).slice(0, r.int(pmin, pmax));
  paras.push(...filler.slice(0, 2));
  if (doc) {
    const period = r.chance(0.5) ? ` giai đoạn ${year} - ${year + r.int(1, 5)}` : "";
    paras.push(
      r.pick([`Tại buổi làm việc, ${orgName(home)} và ${orgName(partner)} đã ký kết ${doc[1]}${period}.`, `Dịp này, hai bên đã ký kết ${doc[1]}${period}.`]),
    );
  }
  paras.push(...filler.slice(2));
  if (r.chance(0.3)) paras.push(`Hai bên thống nhất sẽ ký kết kế hoạch phối hợp trong năm ${year + 1}.`);
  const text = `${title}\n\n${paras.join("\n\n")}\n\n${personFor(r, home)}`;
  const published = `${year}-${String(month).padStart(2, "0")}-${String(Math.min(28, day + r.int(0, 3))).padStart(2, "0")}`;
  return {
    source: `generated/${String(index).padStart(6, "0")}.txt`,
    text,
    title: null,
    date: r.chance(0.5) ? published : null,
    truth: {
      home: home.id,
      partner: partner.id,
      leader,
      signed: doc?.[0] ?? null,
      date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    },
  };
}

/** `count` articles from `seed`; the same seed gives the same corpus. */
export function* generateCorpus(count: number, seed = 42, opts: GenerateOptions = {}): Generator<GeneratedArticle> {
  const r = new Random(seed);
  for (let i = 0; i < count; i++) yield generateArticle(r, i, opts);
}
