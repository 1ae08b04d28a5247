// The event frame on sentences written for the test (not copied from any corpus): provinces named
// only as actors, receivers stated in lists, visits, leaders before and after "đoàn", signings by
// people for their provinces, past signings, central bodies, Khmer and Chinese counterparts.
import { extractArticle } from "../../src/ingest/extract";
import { factsOfText as facts } from "../helpers/gold";

describe("the event frame", () => {
  it("a province named only as an actor takes part and hosts; the receiver comes from a list", () => {
    const f = facts(
      "date 2022-03\nChiều 9/3, đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ do đồng chí Khăm-xay Vông-phạ-chăn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Sa Lỳ làm trưởng đoàn đã sang thăm, chúc Tết tỉnh Điện Biên.\n" +
        "Đón và tiếp đoàn có các đồng chí: Trần Quốc Cường, Bí thư Tỉnh ủy; Lò Văn Mừng - Chủ tịch UBND tỉnh.",
    );
    expect(f.provinces.sort()).toEqual(["la-phongsaly|LA", "vn-dien-bien|VN"]);
    expect(f.people.sort()).toEqual(["khamxayvongphachan", "lovanmung", "tranquoccuong"]);
    expect(f.delegations).toEqual(["khamxayvongphachan>prov:la-phongsaly"]);
    expect(f.hosts).toEqual(["prov:vn-dien-bien"]);
    expect(f.location).toEqual(["vn-dien-bien"]);
    expect(f.date).toEqual(["2022-03-09"]);
  });

  it("a leader before 'dẫn đầu', a title chain before a name, and 'tại' a town of a province", () => {
    const f = facts(
      "Sáng 5/12, tại TP Hạ Long, Phó Trưởng ban Tuyên giáo Tỉnh ủy Lạng Sơn Hoàng Thị Mai dẫn đầu Đoàn công tác Ban Tuyên giáo Tỉnh ủy Lạng Sơn làm việc với Ban Tuyên giáo Tỉnh ủy Quảng Ninh.",
    );
    expect(f.delegations).toEqual(["hoangthimai>prov:vn-lang-son"]);
    expect(f.location).toEqual(["vn-quang-ninh"]);
    expect(f.provinces.sort()).toEqual(["vn-lang-son|VN", "vn-quang-ninh|VN"]);
  });

  it("people sign for their provinces; a signing placed in an earlier year is not this event's", () => {
    const f = facts(
      "Ngày 20/4/2024, Phó Tỉnh trưởng tỉnh Kampot Sok Chanda và Phó Chủ tịch UBND tỉnh Kiên Giang Lê Văn Hòa đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2026.\n" +
        "Trước đó, năm 2019 tỉnh Kiên Giang và tỉnh Takeo đã ký kết thỏa thuận hợp tác.",
    );
    expect(f.signings).toEqual(["prov:kh-kampot<>prov:vn-kien-giang|mou"]);
    expect(f.people.sort()).toEqual(["levanhoa", "sokchanda"]);
  });

  it("central bodies: a delegation of a foreign party visiting the country is received by its counterpart", () => {
    const f = facts(
      "Ngày 2/10, tại Hà Nội, Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn Bình hội đàm với đồng chí Vương Kiến Quốc, Phó Trưởng Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc.\n" +
        "Đồng chí Nguyễn Văn Bình hoan nghênh đồng chí Vương Kiến Quốc dẫn đầu Đoàn đại biểu Đảng Cộng sản Trung Quốc thăm Việt Nam.",
    );
    expect(f.delegations).toEqual(["vuongkienquoc>org:dangcongsantrungquoc"]);
    expect(f.hosts).toEqual(["org:bantuyengiaotrunguong"]);
    expect(f.location).toEqual(["vn-ha-noi"]);
  });

  it("'cùng đoàn công tác' states no leader; a reported message does not make a participant", () => {
    const f = facts(
      "Ngày 3/5, đồng chí Vũ Minh Tuấn, Bí thư Tỉnh ủy Hòa Bình cùng đoàn công tác của tỉnh đã đến chào xã giao lãnh đạo tỉnh Sa La Văn. " +
        "Đồng chí chuyển lời chúc mừng của đồng chí Trần Đức Long, Chủ tịch UBND tỉnh Hòa Bình.",
    );
    expect(f.delegations).toEqual([]);
    expect(f.people).toEqual(["vuminhtuan"]);
    expect(f.hosts).toEqual(["prov:la-salavan"]);
  });

  it("'ký kết … giữa 2 bên' signs between the subject's bodies, with the lead as evidence", () => {
    const doc = extractArticle({
      source: "test",
      text: "Ngày 7/5, Ban Tuyên giáo Tỉnh ủy Hà Giang và Ban Tuyên giáo Thành ủy Hải Phòng tổ chức hội nghị và ký kết chương trình phối hợp giữa 2 bên.\nDự hội nghị có đồng chí: Lê Thị Hoa, Trưởng ban Tuyên giáo Tỉnh ủy Hà Giang.",
    });
    const signed = doc.relations.filter((r) => r.type === "SIGNED_WITH");
    expect(signed).toHaveLength(1);
    expect(signed[0]!.evidence[0]!.start).toBe(0);
    expect(doc.relations.filter((r) => r.type === "PARTICIPATED_IN").every((r) => r.evidence[0]!.start === 0)).toBe(true);
  });

  it("a delegation received at home: the event is in the receivers' province", () => {
    const f = facts(
      "Ngày 3/4/2024, Đoàn công tác Ban Tuyên giáo Tỉnh ủy Bạc Liêu do đồng chí Trương Văn Hiếu, Trưởng Ban Tuyên giáo Tỉnh ủy Bạc Liêu làm trưởng đoàn đã đến Hà Tĩnh làm việc.\n" +
        "Chủ trì tiếp đoàn có đồng chí Đặng Thu Hà - Phó Trưởng Ban Tuyên giáo Tỉnh ủy Hà Tĩnh.",
    );
    expect(f.hosts).toEqual(["prov:vn-ha-tinh"]);
    expect(f.location).toEqual(["vn-ha-tinh"]);
  });

  it("'Đón tiếp đoàn đại biểu tỉnh X có …': X is the visitor, the receivers are the people listed", () => {
    const f = facts(
      "Sáng 6/2/2025, đoàn đại biểu tỉnh Chăm-pa-sắc do đồng chí Xổm-phít Khăm-phon, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã đến thăm, chúc Tết tỉnh Kon Tum.\n" +
        "Đón tiếp đoàn đại biểu tỉnh Chăm-pa-sắc có đồng chí Hồ Văn Nam - Bí thư Tỉnh ủy cùng lãnh đạo các sở, ngành của tỉnh Kon Tum.",
    );
    expect(f.hosts).toEqual(["prov:vn-kon-tum"]);
    expect(f.location).toEqual(["vn-kon-tum"]);
  });

  it("a plan carried out is this visit, a visit still to come is not; 'sang chúc mừng' visits", () => {
    const carried = facts(
      "Thực hiện kế hoạch công tác năm 2024, sáng 14/5, đoàn công tác Ban Tuyên giáo Trung ương đã đến khảo sát, làm việc với Ban Thường vụ Tỉnh ủy An Giang.",
    );
    expect(carried.hosts).toEqual(["prov:vn-an-giang"]);
    const planned = facts(
      "Ngày 14/5/2024, lãnh đạo tỉnh An Giang cho biết đoàn công tác tỉnh Ta Keo sẽ sang thăm và làm việc với tỉnh An Giang trong thời gian tới.",
    );
    expect(planned.hosts).toEqual([]);
    const greeting = facts(
      "Chiều 12/4/2024, Phó Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành làm trưởng đoàn, cùng đoàn lãnh đạo tỉnh Kiên Giang sang chúc mừng Tết cổ truyền Chôl Chnăm Thmây tại tỉnh Kampot.",
    );
    expect(greeting.hosts).toEqual(["prov:kh-kampot"]);
  });
});
