// Dates in the genre's forms, and the year taken from the publication date.
import { eventDate, findDates } from "../../src/ingest/recognise/dates";

describe("findDates", () => {
  it.each([
    ["Ngày 4/6, tại tỉnh Hủa Phăn", null, "--06-04", null],
    ["ngày 31/10/2018, tại Trụ sở", null, "2018-10-31", null],
    ["(từ ngày 04 đến ngày 09-6-2019) Đoàn", null, "2019-06-04", "2019-06-09"],
    ["Chiều 21/10, tại thành phố Vinh", null, "--10-21", null],
    ["Sáng nay 14/9, Đoàn công tác", null, "--09-14", null],
    ["Ngày 15 tháng 3 năm 2023, tại Hà Nội", null, "2023-03-15", null],
    ["Ngày 4/6, tại tỉnh Hủa Phăn", "2019-06-14", "2019-06-04", null],
    ["Ngày 28/12, hai bên", "2020-01-03", "2019-12-28", null],
    ["Từ ngày 3-6/5, đoàn công tác", null, "--05-03", "--05-06"],
    ["Từ ngày 3 - 6/5/2022, đoàn", null, "2022-05-03", "2022-05-06"],
    ["Trong 2 ngày 8 và9/10, Đoàn", "2021-10", "2021-10-08", "2021-10-09"],
    ["chiều 12.4, Phó Chủ tịch", "2018-04-13", "2018-04-12", null],
    ["Sáng nay (2/9), đồng chí", null, "--09-02", null],
    ["Tối ngày 7-2, tại", "2024-01", "2023-02-07", null],
  ])("%s (published %s)", (text, published, date, endDate) => {
    expect(findDates(text, published)[0]).toMatchObject({ date, endDate });
  });
  it("takes the year of the same day written in full later, never a festival's or a statistic's year", () => {
    const text = "Ngày 9/11, tại Phnôm Pênh, hai bên hội đàm. Năm 2019 hai tỉnh ký kết. Sáng 9/11/2024, đoàn tới";
    expect(eventDate(findDates(text, null))?.date).toBe("2024-11-09");
    expect(eventDate(findDates("Chiều 9/2, nhân dịp Tết Nguyên đán Giáp Thìn 2024, đoàn tới", null))?.date).toBe("--02-09");
  });
  it("does not take a day to come", () => {
    expect(findDates("Ngày mai (30/1), đoàn sẽ sang Trung Quốc", null)).toEqual([]);
  });
  it("ignores numbers that are not dates", () => {
    expect(findDates("giai đoạn 2024 - 2025 với 13.712 thành viên, 2 năm/1 lần", null)).toEqual([]);
  });
});
