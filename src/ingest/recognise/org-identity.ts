// Canonical identity of an organisation: its stable key, canonical name, country and level.
// A department renamed in 2025 ("Ban Tuyên giáo và Dân vận") keeps the key of its predecessor.
import { getPlace } from "../../reference/gazetteer";
import type { OrgKind, OrgMention } from "./orgs";
import type { BodyMention } from "./bodies";
import { foldKey } from "../../text/fold";

export interface OrgIdentity {
  key: string;
  name: string;
  country: string;
  level: "central" | "provincial";
  placeId: string | null;
  kind: OrgKind | "body" | "leadership";
}

const CENTRAL_NAMES: Record<string, string> = {
  VN: "Ban Tuyên giáo Trung ương",
  LA: "Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào",
  KH: "Ban Tuyên huấn Trung ương Đảng Nhân dân Campuchia",
  CN: "Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc",
};

export function centralIdentity(m: OrgMention, country: string): OrgIdentity {
  const kindName: Record<OrgKind, string> = {
    propaganda: m.withMassMobilisation && country === "VN" ? "Ban Tuyên giáo và Dân vận Trung ương" : (CENTRAL_NAMES[country] ?? "Ban Tuyên huấn Trung ương"),
    party: "Ban Chấp hành Trung ương",
    council: "Hội đồng nhân dân",
    people_committee: "Ủy ban nhân dân",
    admin: "Ủy ban Chính quyền",
    bcd35: "Ban Chỉ đạo 35 Trung ương",
    ttdn: "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
    front: country === "VN" ? "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" : "Mặt trận",
  };
  return { key: `${m.kind}:central-${country.toLowerCase()}`, name: kindName[m.kind], country, level: "central", placeId: null, kind: m.kind };
}

export function provincialIdentity(m: OrgMention, placeId: string): OrgIdentity {
  const place = getPlace(placeId);
  const city = place.kind === "city" || place.kind === "capital";
  const bare = place.name.replace(/^Thành phố /u, "");
  const unit = city ? `thành phố ${bare}` : `tỉnh ${place.name}`;
  const committee = place.country === "CN" && place.kind === "region" ? "Khu ủy" : city && place.country === "VN" ? "Thành ủy" : "Tỉnh ủy";
  const where = place.country === "VN" || place.country === "CN" ? `${committee} ${bare}` : place.kind === "capital" ? place.name : `tỉnh ${place.name}`;
  const names: Record<OrgKind, string> = {
    propaganda:
      place.country === "VN"
        ? `Ban Tuyên giáo${m.withMassMobilisation ? " và Dân vận" : ""} ${committee} ${bare}`
        : place.country === "CN"
          ? `Ban Tuyên truyền ${committee} ${bare}`
          : `Ban Tuyên huấn ${where}`,
    party: `${committee} ${bare}`,
    council: `Hội đồng nhân dân ${unit}`,
    people_committee: `Ủy ban nhân dân ${unit}`,
    admin: `Ủy ban Chính quyền ${unit}`,
    bcd35: `Ban Chỉ đạo 35 ${committee} ${bare}`,
    ttdn: `Ban Chỉ đạo công tác thông tin đối ngoại ${unit}`,
    front: place.country === "VN" ? `Ủy ban Mặt trận Tổ quốc ${unit}` : `Mặt trận ${unit}`,
  };
  return { key: `${m.kind}:${placeId}`, name: names[m.kind], country: place.country, level: "provincial", placeId, kind: m.kind };
}

/** A body known by its own name: one central organisation of its country. */
export function bodyIdentity(b: BodyMention): OrgIdentity {
  return { key: `body:${foldKey(b.name)}`, name: b.name, country: b.country, level: "central", placeId: null, kind: "body" };
}

/** A province named as an actor ("lãnh đạo tỉnh X", "đoàn đại biểu tỉnh X") with no body of it named. */
export function leadershipIdentity(placeId: string): OrgIdentity {
  const place = getPlace(placeId);
  const bare = place.name.replace(/^Thành phố /u, "");
  const unit =
    place.kind === "capital" && place.name.startsWith("Thủ đô")
      ? place.name
      : place.kind === "city" || place.kind === "capital"
        ? `thành phố ${bare}`
        : `tỉnh ${place.name}`;
  return { key: `leadership:${placeId}`, name: `Lãnh đạo ${unit}`, country: place.country, level: "provincial", placeId, kind: "leadership" };
}
