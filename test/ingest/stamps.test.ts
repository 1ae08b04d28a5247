// Publication stamps and metadata lines, written for the test in the forms Vietnamese news pages use.
import { readStamp } from "../../src/ingest/text/stamps";
import { stripDebris } from "../../src/ingest/text/debris";
import { prepareArticle } from "../../src/ingest/article-text";

describe("readStamp", () => {
  it.each([
    ["date 2024-09", "2024-09", ""],
    ["date 2021-03-05 Đoàn đại biểu tỉnh Điện Biên thăm tỉnh Phông Sa Lỳ", "2021-03-05", "Đoàn đại biểu tỉnh Điện Biên thăm tỉnh Phông Sa Lỳ"],
    ["Thứ Tư, 05/03/2021 08:15", "2021-03-05", ""],
    ["08:15 | 05/03/2021 GMT+7", "2021-03-05", ""],
    ["Thứ sáu - 05/03/2021 08:15 210 0", "2021-03-05", ""],
    ["2021-03-05 08:15:00(GMT+08:00) Nhân dân nhật báo", "2021-03-05", ""],
    ["Điện Biên chúc Tết tỉnh Luông Pha Băng 05/03/2021 08:15", "2021-03-05", "Điện Biên chúc Tết tỉnh Luông Pha Băng"],
  ])("%s", (line, date, rest) => {
    expect(readStamp(line)).toEqual({ date, rest });
  });
  it.each(["Ngày 5/3, tại tỉnh Điện Biên, hai bên đã ký kết", "Giai đoạn 2021 - 2025 hai tỉnh hợp tác"])("is not a stamp: %s", (line) => {
    expect(readStamp(line)).toBeNull();
  });
});

describe("stripDebris and the article header", () => {
  const page = [
    "date 2021-03",
    "Điện Biên chúc Tết tỉnh Luông Pha Băng 05/03/2021 08:15",
    "(DBP) - Sáng 4/3, Đoàn đại biểu tỉnh Điện Biên đã sang thăm, chúc Tết tỉnh Luông Pha Băng.",
    "![]() Ngày 2/3, tỉnh Sơn La tổ chức hội nghị với tỉnh Hủa Phăn. |",
    "Biên tập viên: Minh Anh",
    "0:00 / 0:00",
  ].join("\n");

  it("keeps the most precise stamp, drops the source tag, teasers and metadata lines", () => {
    const cleaned = stripDebris(page);
    expect(cleaned.date).toBe("2021-03-05");
    expect(cleaned.text).toBe("Điện Biên chúc Tết tỉnh Luông Pha Băng\nSáng 4/3, Đoàn đại biểu tỉnh Điện Biên đã sang thăm, chúc Tết tỉnh Luông Pha Băng.");
  });

  it("gives a clean title and a month-only stamp as the year source, not as the article date", () => {
    const a = prepareArticle({
      source: "x.txt",
      text: "date 2021-03\nĐiện Biên chúc Tết tỉnh Luông Pha Băng\nSáng 4/3, Đoàn đại biểu tỉnh Điện Biên sang thăm.",
    });
    expect(a.title).toBe("Điện Biên chúc Tết tỉnh Luông Pha Băng");
    expect(a.date).toBeNull();
    expect(a.published).toBe("2021-03");
  });
});
