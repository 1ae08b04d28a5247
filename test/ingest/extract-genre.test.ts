// The extractor on realistic articles of the genre written for the tests: other provinces, other
// spellings, central bodies, Lao and Cambodian counterparts, post-2025 department names.
import { factsOfText as facts } from "../helpers/gold";

describe("extraction on the genre", () => {
  it("Nghệ An receives Xiêng Khoảng and both sign a memorandum", () => {
    const f = facts(
      "Ban Tuyên giáo Tỉnh ủy Nghệ An hội đàm với Ban Tuyên huấn tỉnh Xiêng Khoảng\n\n" +
        "Chiều 21/10, tại thành phố Vinh, Ban Tuyên giáo Tỉnh ủy Nghệ An tiếp và làm việc với Đoàn đại biểu Ban Tuyên huấn tỉnh Xiêng Khoảng (Lào) do đồng chí Khăm-phăn Phôm-ma-thạt, Tỉnh ủy viên, Trưởng ban Tuyên huấn tỉnh Xiêng Khoảng làm Trưởng đoàn.\n" +
        "Hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2023 - 2027.",
    );
    expect(f.provinces).toEqual(["la-xiengkhouang|LA", "vn-nghe-an|VN"]);
    expect(f.delegations).toEqual(["khamphanphommathat>prov:la-xiengkhouang"]);
    expect(f.signings).toEqual(["prov:la-xiengkhouang<>prov:vn-nghe-an|mou"]);
    expect(f.hosts).toEqual(["prov:vn-nghe-an"]);
    expect(f.date).toEqual(["--10-21"]);
  });

  it("a post-2025 Ban Tuyên giáo và Dân vận visits a Lao province; a planned agreement is not a signing", () => {
    const f = facts(
      "Sáng nay 14/9, Đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị do ông Lê Minh Tuấn, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã thăm, làm việc tại tỉnh Khăm Muồn.\n" +
        "Dịp này, hai bên thống nhất sẽ ký kết thỏa thuận hợp tác vào năm 2027.",
    );
    expect(f.delegations).toEqual(["leminhtuan>prov:vn-quang-tri"]);
    expect(f.hosts).toEqual(["prov:la-khammouane"]);
    expect(f.signings).toEqual([]);
    expect(f.location).toEqual(["la-khammouane"]);
  });

  it("central departments of Viet Nam and Laos hold talks in Hà Nội", () => {
    const f = facts(
      "Ngày 15 tháng 3 năm 2023, tại Hà Nội, Ban Tuyên giáo Trung ương và Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào đã tổ chức hội đàm. " +
        "Đoàn đại biểu Ban Tuyên huấn Trung ương Đảng NDCM Lào do đồng chí Khăm-phăn Phôm-ma-thắt, Ủy viên Bộ Chính trị, Trưởng ban Tuyên huấn Trung ương làm Trưởng đoàn.\n" +
        "Hai bên đã ký Kế hoạch hợp tác giai đoạn 2023-2025.",
    );
    expect(f.delegations).toEqual(["khamphanphommathat>org:bantuyenhuantrunguong"]);
    expect(f.signings).toEqual(["org:bantuyengiaotrunguong<>org:bantuyenhuantrunguong|other"]);
    expect(f.date).toEqual(["2023-03-15"]);
    expect(f.location).toEqual(["vn-ha-noi"]);
  });

  it("An Giang meets two Cambodian provinces named in one list", () => {
    const f = facts(
      "Ngày 5/8, Ban Tuyên giáo Tỉnh ủy An Giang và Ban Tuyên huấn các tỉnh Takeo, Kandal (Campuchia) tổ chức hội nghị trao đổi kinh nghiệm. " +
        "Đoàn đại biểu tỉnh Takeo do bà Chan Sophal, Phó Tỉnh trưởng tỉnh Takeo làm Trưởng đoàn.",
    );
    expect(f.provinces).toEqual(["kh-kandal|KH", "kh-takeo|KH", "vn-an-giang|VN"]);
    expect(f.people).toEqual(["chansophal"]);
  });

  it("a cooperation programme between two Vietnamese provinces, jointly organised, has no host", () => {
    const f = facts(
      "Ngày 12/4, tại thành phố Huế, Ban Tuyên giáo Thành ủy Huế và Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức ký kết chương trình phối hợp công tác tuyên giáo giai đoạn 2025 - 2030.",
    );
    expect(f.signings).toEqual(["prov:vn-hue<>prov:vn-quang-tri|cooperation_programme"]);
    expect(f.hosts).toEqual([]);
    expect(f.location).toEqual(["vn-hue"]);
  });

  it("a signing mentioned as past history is not a signing of this article", () => {
    const f = facts(
      "Ngày 3/5, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết. Thực hiện biên bản ghi nhớ đã ký với Ban Tuyên huấn tỉnh Phông Sa Lỳ, hai bên tiếp tục phối hợp.",
    );
    expect(f.signings).toEqual([]);
  });
});
