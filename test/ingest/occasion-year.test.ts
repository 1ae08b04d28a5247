import { extractArticle } from "../../src/ingest/extract";
import { findOccasionYear, yearOnOccasion } from "../../src/ingest/recognise/occasion-year";

const eventDate = (text: string, date: string | null = null) =>
  extractArticle({ source: "t.txt", text, date }).entities.find((e) => e.type === "Event")?.properties.date;

describe("the year of an occasion dates a day and month", () => {
  it("takes the year of the festival the visit is made for, the year before for a late-year day", () => {
    const tet = findOccasionYear("Nhân dịp Tết Nguyên đán Quý Mão 2023, chiều 10/01, đoàn đến thăm.", "");
    expect(tet?.year).toBe(2023);
    expect(yearOnOccasion(1, tet!)).toBe(2023);
    expect(yearOnOccasion(12, tet!)).toBe(2022);
    const bunpimay = findOccasionYear("đến thăm tỉnh Salavan nhân dịp Tết cổ truyền Bunpimay 2024 của nước bạn", "");
    expect(bunpimay?.year).toBe(2024);
    expect(yearOnOccasion(12, bunpimay!)).toBe(2024);
  });
  it("takes the year in the event's own name and the later year of an anniversary", () => {
    expect(findOccasionYear("tổ chức Hội nghị giao ban công tác tuyên giáo 6 tháng cuối năm 2019.", "")?.year).toBe(2019);
    expect(findOccasionYear("Nhân kỷ niệm 92 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1-8-1930 -1-8-2022), sáng 25-7", "")?.year).toBe(2022);
  });
  it("never takes a period or a year of the past", () => {
    expect(findOccasionYear("đã ký kết chương trình phối hợp công tác tuyên giáo năm 2024 - 2025", "")).toBeNull();
    expect(findOccasionYear("kết quả hợp tác giai đoạn 2021-2025 và kể từ hội nghị năm 2024", "")).toBeNull();
  });
  it("dates the event of an article with no publication date, and yields to the publication date", () => {
    const text =
      "Chiều 15/1, đoàn đại biểu tỉnh Khăm Muộn (CHDCND Lào) sang thăm, chúc Tết Đảng bộ, nhân dân Hà Tĩnh.\nNhân dịp Tết Nguyên đán Kỷ Hợi 2019, đoàn chúc Tết lãnh đạo tỉnh.";
    expect(eventDate(text)).toBe("2019-01-15");
    // an occasion year that would put the event after publication gives way to the publication date
    expect(eventDate(text, "2018-02-01")).toBe("2018-01-15");
    expect(eventDate("Chiều 15/1, đoàn đại biểu tỉnh Khăm Muộn sang thăm Hà Tĩnh.")).toBe("--01-15");
  });
});
