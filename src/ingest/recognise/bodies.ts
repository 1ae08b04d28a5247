// Bodies known by their own name rather than by a provincial pattern: parties ("Đảng Cộng sản
// Trung Quốc", "Đảng Nhân dân Campuchia (CPP)"), the Politburo, journals ("Tạp chí A-lun-may"),
// subcommittees ("Tiểu ban Văn kiện Đại hội XIV"), military regions ("Vùng 1 Hải quân", "Quân
// khu 7"). Each is one central-level organisation with the country its name or context gives.

export interface BodyMention {
  start: number;
  end: number;
  name: string;
  country: string;
  /** A body people hold titles at ("Chủ tịch Ủy ban …", "Tổng Giám đốc Đài …"); not a party or the Politburo, whose members' titles are memberships. */
  holdsRoles: boolean;
}

const PROPER = "\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*";
const BODIES: ReadonlyArray<{ re: RegExp; country: string | null }> = [
  { re: /Đảng Cộng sản Việt Nam/gu, country: "VN" },
  { re: /Đảng Cộng sản Trung Quốc/gu, country: "CN" },
  { re: /Đảng Nhân dân [Cc]ách mạng Lào/gu, country: "LA" },
  { re: /Đảng Nhân dân Campuchia/gu, country: "KH" },
  { re: /Bộ Chính trị/gu, country: "VN" },
  { re: /Tiểu ban Văn kiện(?: Đại hội [XVIL]+)?(?: của Đảng)?/gu, country: "VN" },
  { re: /(?:Vùng \d+ Hải quân|Quân khu \d+|Bộ Tư lệnh [\p{Lu}][\p{Ll}\p{M}]*(?: [\p{Lu}][\p{Ll}\p{M}]*)*)/gu, country: "VN" },
  { re: new RegExp(`Tạp chí (?:${PROPER})(?: ${PROPER})*`, "gu"), country: null },
  // national media and agencies: "Đài Tiếng nói Việt Nam", "Truyền hình Quốc hội Việt Nam",
  // "Thông tấn xã Việt Nam", "Hội Nhà báo Việt Nam", "Đài Phát thanh Quốc gia Lào", "Báo Nhân Dân"
  {
    re: new RegExp(`(?<![\\p{L}])(?:Đài|Báo(?! cáo)|Thông tấn xã|Hãng [Tt]hông tấn|Truyền hình|Hội Nhà báo)(?: (?:${PROPER}|\\p{Ll}+)){0,4}? (?:Quốc gia )?(?:Việt Nam|Lào|Campuchia|Trung Quốc)(?![\\p{L}])`, "gu"),
    country: null,
  },
  // Lao and Vietnamese front and friendship bodies: "Ủy ban T.Ư Mặt trận Lào xây dựng đất nước",
  // "Ủy ban Hòa bình và Đoàn kết Lào", "Hội Hữu nghị Việt Nam - Lào"
  { re: /(?:Ủy|Uỷ) ban (?:Trung ương|T\.Ư|TƯ|TW) Mặt trận Lào [Xx]ây dựng [Đđ]ất nước|Mặt trận Lào [Xx]ây dựng [Đđ]ất nước/gu, country: "LA" },
  { re: /(?:Ủy|Uỷ) ban Hòa bình(?: và Đoàn kết)? (?:Lào|Việt Nam)/gu, country: null },
  { re: /Hội Hữu nghị (?:Việt Nam|Lào|Campuchia) ?[-–] ?(?:Việt Nam|Lào|Campuchia)/gu, country: null },
  { re: /Báo (?:Nhân [Dd]ân|Quân đội [Nn]hân dân|Điện tử Chính phủ|Điện tử Đảng Cộng sản Việt Nam)(?! (?:Lào|Campuchia))/gu, country: "VN" },
  { re: /Bộ (?:Thông tin và Truyền thông|Văn hóa, Thể thao và Du lịch|Quốc phòng|Công an|Ngoại giao)/gu, country: "VN" },
];

/** The country a body's own name ends with ("… Việt Nam", "… Quốc gia Lào"). */
const COUNTRY_IN_NAME: ReadonlyArray<[RegExp, string]> = [
  [/Việt Nam$/u, "VN"],
  [/Lào$/u, "LA"],
  [/Campuchia$/u, "KH"],
  [/Trung Quốc$/u, "CN"],
];

const COUNTRY_NEAR: ReadonlyArray<[RegExp, string]> = [
  [/Lào/u, "LA"],
  [/Campuchia|CPP/u, "KH"],
  [/Trung Quốc/u, "CN"],
];

export function findBodies(text: string): BodyMention[] {
  const out: BodyMention[] = [];
  for (const { re, country } of BODIES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const near = text.slice(start + m[0].length, start + m[0].length + 120).split(/[.;\n]/u)[0] ?? "";
      const c = country ?? COUNTRY_IN_NAME.find(([r]) => r.test(m[0]))?.[1] ?? COUNTRY_NEAR.find(([r]) => r.test(near))?.[1] ?? "VN";
      // "Đảng Nhân dân Cách mạng Lào" inside a Ban's name ("Ban Tuyên huấn Trung ương Đảng …") is the Ban's
      out.push({ start, end: start + m[0].length, name: m[0].replace(/cách mạng/u, "Cách mạng"), country: c, holdsRoles: !/^(?:Đảng|Bộ Chính trị)/u.test(m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
