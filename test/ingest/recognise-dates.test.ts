// Dates in the genre's forms, and the year taken from the publication date.
import { findDates } from "../../src/ingest/recognise/dates";

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
  ])("%s (published %s)", (text, published, date, endDate) => {
    expect(findDates(text, published)[0]).toMatchObject({ date, endDate });
  });
  it("ignores numbers that are not dates", () => {
    expect(findDates("giai đoạn 2024 - 2025 với 13.712 thành viên, 2 năm/1 lần", null)).toEqual([]);
  });
});
