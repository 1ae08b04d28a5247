// The question table: questions written the ways analysts write them (Vietnamese and English,
// with and without diacritics, several phrasings per intent), each with the named query and the
// parameters it must become; some must be asked back or refused.
import { parseQuestion } from "../../src/ask/parse-question";

type Expect = { name: string; params: Record<string, string>; count?: boolean } | "ask back" | "ask back unknown" | "refuse";

const TABLE: Array<[string, Expect]> = [
  // who signed with whom (partners)
  ["Sơn La đã ký với những tỉnh nào của Lào?", { name: "partners", params: { province: "Sơn La", country: "LA" } }],
  ["which Lao provinces has son la signed with", { name: "partners", params: { province: "Sơn La", country: "LA" } }],
  ["son la da ky voi nhung tinh nao cua lao", { name: "partners", params: { province: "Sơn La", country: "LA" } }],
  ["Đối tác của Điện Biên ở nước bạn Lào là ai?", { name: "partners", params: { province: "Điện Biên", country: "LA" } }],
  ["Who are Dien Bien's partners in Laos?", { name: "partners", params: { province: "Điện Biên", country: "LA" } }],
  [
    "Điện Biên ký biên bản ghi nhớ với ai giai đoạn 2020–2025?",
    { name: "partners", params: { province: "Điện Biên", document: "mou", yearFrom: "2020", yearTo: "2025" } },
  ],
  [
    "Which MoUs has Tay Ninh signed with Cambodia since 2019?",
    { name: "partners", params: { province: "Tây Ninh", country: "KH", document: "mou", yearFrom: "2019" } },
  ],
  [
    "Tây Ninh ký thỏa thuận với các tỉnh Campuchia năm 2025",
    { name: "partners", params: { province: "Tây Ninh", country: "KH", document: "agreement", yearFrom: "2025", yearTo: "2025" } },
  ],
  [
    "Lào Cai đã ký chương trình phối hợp với tỉnh nào của Trung Quốc?",
    { name: "partners", params: { province: "Lào Cai", country: "CN", document: "cooperation_programme" } },
  ],
  ["Ban Tuyên giáo Trung ương đã ký với ai?", { name: "partners", params: { organization: "Ban Tuyên giáo Trung ương" } }],
  ["signed agreements of Hua Phan", { name: "partners", params: { province: "Hủa Phăn", document: "agreement" } }],
  ["LuôngPhraBăng ký kết với tỉnh nào của Việt Nam?", { name: "partners", params: { province: "Luông Pha Băng", country: "VN" } }],
  [
    "Which Vietnamese provinces did Luang Prabang sign with between 2018 and 2020?",
    { name: "partners", params: { province: "Luông Pha Băng", country: "VN", yearFrom: "2018", yearTo: "2020" } },
  ],
  // who led delegations
  ["Ai dẫn đầu các đoàn của Hủa Phăn từ 2019?", { name: "delegations", params: { province: "Hủa Phăn", yearFrom: "2019" } }],
  ["Who led the delegations of Houaphanh since 2019?", { name: "delegations", params: { province: "Hủa Phăn", yearFrom: "2019" } }],
  ["ai dan dau doan cua son la nam 2019", { name: "delegations", params: { province: "Sơn La", yearFrom: "2019", yearTo: "2019" } }],
  ["Trưởng đoàn các đoàn Điện Biên sang Lào là ai?", { name: "delegations", params: { province: "Điện Biên", destination: "LA" } }],
  ["Ai dẫn đầu các đoàn sang Campuchia năm 2019?", { name: "delegations", params: { destination: "KH", yearFrom: "2019", yearTo: "2019" } }],
  ["delegation leaders from Cambodia", { name: "delegations", params: { country: "KH" } }],
  ["Các đoàn của Lào do ai dẫn đầu?", { name: "delegations", params: { country: "LA" } }],
  ["who led delegations of Luang Prabang before 2020", { name: "delegations", params: { province: "Luông Pha Băng", yearTo: "2020" } }],
  // who received whom
  ["Điện Biên đã tiếp những đoàn nào?", { name: "timeline", params: { province: "Điện Biên", hosted: "true" } }],
  ["Which delegations did Dien Bien receive?", { name: "timeline", params: { province: "Điện Biên", hosted: "true" } }],
  ["Sơn La đón tiếp những đoàn nào năm 2019?", { name: "timeline", params: { province: "Sơn La", hosted: "true", yearFrom: "2019", yearTo: "2019" } }],
  ["who did Hai Phong host in 2017", { name: "timeline", params: { province: "Hải Phòng", hosted: "true", yearFrom: "2017", yearTo: "2017" } }],
  ["hua phan da tiep doan nao", { name: "timeline", params: { province: "Hủa Phăn", hosted: "true" } }],
  // the origin asked for is kept: only delegations from Laos
  ["Gia Lai received which Lao delegations?", { name: "timeline", params: { province: "Gia Lai", hosted: "true", country: "LA" } }],
  // a person's roles and visits
  ["Nguyễn Đức Vượng giữ chức vụ gì?", { name: "person", params: { person: "Nguyễn Đức Vượng" } }],
  ["what roles does Nguyen Duc Vuong hold?", { name: "person", params: { person: "Nguyen Duc Vuong" } }],
  ["Ông Nguyễn Đức Vượng là ai?", { name: "person", params: { person: "Nguyễn Đức Vượng" } }],
  ["roles of Vong Sone In Pan Phim", { name: "person", params: { person: "Vong Sone In Pan Phim" } }],
  ["Đồng chí Lò Văn Mừng đã dẫn đầu những đoàn nào?", { name: "person", params: { person: "Lò Văn Mừng" } }],
  ["Which delegations did Pheng Can Tha Nhim lead?", { name: "person", params: { person: "Pheng Can Tha Nhim" } }],
  // a province's timeline
  ["Dòng thời gian của Sơn La năm 2019", { name: "timeline", params: { province: "Sơn La", yearFrom: "2019", yearTo: "2019" } }],
  ["timeline of Dien Bien", { name: "timeline", params: { province: "Điện Biên" } }],
  ["Hoạt động của Hải Phòng từ 2017 đến 2020", { name: "timeline", params: { province: "Hải Phòng", yearFrom: "2017", yearTo: "2020" } }],
  ["What happened in Luang Prabang in 2019?", { name: "timeline", params: { province: "Luông Pha Băng", yearFrom: "2019", yearTo: "2019" } }],
  ["cac su kien cua dien bien", { name: "timeline", params: { province: "Điện Biên" } }],
  ["events with Cambodia since 2020", { name: "timeline", params: { country: "KH", yearFrom: "2020" } }],
  // which provinces a province works with in any way (signed, hosted, visited, met)
  ["Sơn La hợp tác với những tỉnh nào?", { name: "cooperation", params: { province: "Sơn La" } }],
  ["dien bien co quan he voi nhung tinh nao cua Lao", { name: "cooperation", params: { province: "Điện Biên", country: "LA" } }],
  ["Nghệ An làm việc với những tỉnh nào của nước bạn Lào từ 2019?", { name: "cooperation", params: { province: "Nghệ An", country: "LA", yearFrom: "2019" } }],
  ["Những tỉnh nào có quan hệ với Hủa Phăn?", { name: "cooperation", params: { province: "Hủa Phăn" } }],
  ["Lào Cai kết nghĩa với tỉnh nào của Trung Quốc", { name: "cooperation", params: { province: "Lào Cai", country: "CN" } }],
  ["Tây Ninh phối hợp với tỉnh nào của Cam-pu-chia năm 2023", { name: "cooperation", params: { province: "Tây Ninh", country: "KH", yearFrom: "2023", yearTo: "2023" } }],
  ["which provinces does Son La work with?", { name: "cooperation", params: { province: "Sơn La" } }],
  ["Which Lao provinces does Nghe An cooperate with?", { name: "cooperation", params: { province: "Nghệ An", country: "LA" } }],
  ["Quang Tri relations with Cambodia", { name: "cooperation", params: { province: "Quảng Trị", country: "KH" } }],
  ["who has Hua Phan cooperated with since 2018", { name: "cooperation", params: { province: "Hủa Phăn", yearFrom: "2018" } }],
  // the path between two entities
  ["Sơn La và Luông Pha Băng liên quan thế nào?", { name: "path", params: { from: "Sơn La", to: "Luông Pha Băng" } }],
  ["how are Son La and Luang Prabang connected?", { name: "path", params: { from: "Sơn La", to: "Luông Pha Băng" } }],
  ["mối liên hệ giữa Điện Biên và Phông Sa Lỳ", { name: "path", params: { from: "Điện Biên", to: "Phông Sa Lỳ" } }],
  ["path between Hai Phong and Tbong Khmum", { name: "path", params: { from: "Hải Phòng", to: "Tbong Khmum" } }],
  ["dien bien ket noi voi u dom xay the nao", { name: "path", params: { from: "Điện Biên", to: "U Đôm Xay" } }],
  ["Ban Tuyên giáo Trung ương liên hệ với Sơn La ra sao?", { name: "path", params: { from: "Ban Tuyên giáo Trung ương", to: "Sơn La" } }],
  // counts
  ["Sơn La đã ký bao nhiêu văn bản?", { name: "partners", params: { province: "Sơn La" }, count: true }],
  ["how many documents has Son La signed?", { name: "partners", params: { province: "Sơn La" }, count: true }],
  ["Điện Biên đã ký bao nhiêu biên bản ghi nhớ với Lào?", { name: "partners", params: { province: "Điện Biên", country: "LA", document: "mou" }, count: true }],
  ["how many delegations did Hua Phan send since 2019", { name: "delegations", params: { province: "Hủa Phăn", yearFrom: "2019" }, count: true }],
  ["Đồ thị có bao nhiêu nút?", { name: "stats", params: {}, count: true }],
  ["how many nodes and relationships are there?", { name: "stats", params: {}, count: true }],
  ["bao nhieu su kien cua son la nam 2019", { name: "timeline", params: { province: "Sơn La", yearFrom: "2019", yearTo: "2019" }, count: true }],
  // who holds a title (the latest holder first, then the earlier ones)
  ["Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Nghệ An" } }],
  ["Bí thư Tỉnh ủy Gia Lai", { name: "holders", params: { title: "Bí thư", kind: "party", province: "Gia Lai" } }],
  ["Ai là Bí thư Tỉnh ủy Sơn La?", { name: "holders", params: { title: "Bí thư", kind: "party", province: "Sơn La" } }],
  ["Trưởng BTG TU Điện Biên hiện nay là ai", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Điện Biên" } }],
  ["Trưởng Ban TG&DV Tỉnh ủy Gia Lai là ai?", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Gia Lai" } }],
  ["Phó Trưởng ban Tuyên giáo Tỉnh ủy Sơn La là ai", { name: "holders", params: { title: "Phó Trưởng ban", kind: "propaganda", province: "Sơn La" } }],
  ["Chủ tịch UBND tỉnh Điện Biên là ai", { name: "holders", params: { title: "Chủ tịch", kind: "people_committee", province: "Điện Biên" } }],
  ["Tỉnh trưởng Hủa Phăn là ai?", { name: "holders", params: { title: "Tỉnh Trưởng", province: "Hủa Phăn" } }],
  ["truong ban tuyen huan tinh luong pha bang la ai", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Luông Pha Băng" } }],
  ["Ai là Trưởng Ban Tuyên giáo Trung ương?", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", organization: "Ban Tuyên giáo Trung ương" } }],
  ["who is the party secretary of Gia Lai?", { name: "holders", params: { title: "Bí thư", kind: "party", province: "Gia Lai" } }],
  ["Who is the head of the propaganda department of Nghe An?", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Nghệ An" } }],
  ["who heads propaganda in Son La", { name: "holders", params: { title: "Trưởng ban", kind: "propaganda", province: "Sơn La" } }],
  ["governor of Xieng Khouang", { name: "holders", params: { title: "Tỉnh Trưởng", province: "Xiêng Khoảng" } }],
  ["Who was the deputy party secretary of Hua Phan?", { name: "holders", params: { title: "Phó Bí thư", kind: "party", province: "Hủa Phăn" } }],
  ["chairman of the people's committee of Dien Bien", { name: "holders", params: { title: "Chủ tịch", kind: "people_committee", province: "Điện Biên" } }],
  // everything signed in a year or span, by any parties (the agreements register)
  ["Năm 2023 đã ký những văn bản nào?", { name: "agreements", params: { yearFrom: "2023", yearTo: "2023" } }],
  ["What was signed in 2022?", { name: "agreements", params: { yearFrom: "2022", yearTo: "2022" } }],
  ["Những biên bản ghi nhớ nào được ký từ 2019 đến 2021?", { name: "agreements", params: { document: "mou", yearFrom: "2019", yearTo: "2021" } }],
  ["which MoUs were signed with Cambodia since 2020", { name: "agreements", params: { country: "KH", document: "mou", yearFrom: "2020" } }],
  ["Các văn bản đã ký với Lào năm 2024", { name: "agreements", params: { country: "LA", yearFrom: "2024", yearTo: "2024" } }],
  ["signings in 2019", { name: "agreements", params: { yearFrom: "2019", yearTo: "2019" } }],
  ["cac thoa thuan da ky giai doan 2020-2025", { name: "agreements", params: { document: "agreement", yearFrom: "2020", yearTo: "2025" } }],
  ["Which cooperation programmes were signed in 2024?", { name: "agreements", params: { document: "cooperation_programme", yearFrom: "2024", yearTo: "2024" } }],
  ["Đã ký bao nhiêu biên bản ghi nhớ năm 2023?", { name: "agreements", params: { document: "mou", yearFrom: "2023", yearTo: "2023" }, count: true }],
  ["how many agreements were signed with China since 2018", { name: "agreements", params: { country: "CN", document: "agreement", yearFrom: "2018" }, count: true }],
  ["Các chương trình phối hợp ký năm 2022", { name: "agreements", params: { document: "cooperation_programme", yearFrom: "2022", yearTo: "2022" } }],
  ["What was signed with Laos between 2018 and 2020?", { name: "agreements", params: { country: "LA", yearFrom: "2018", yearTo: "2020" } }],
  // where a province's delegations went
  ["Các đoàn của Sơn La đã đi những đâu?", { name: "delegations", params: { province: "Sơn La" } }],
  ["where did Son La's delegations go?", { name: "delegations", params: { province: "Sơn La" } }],
  ["Sơn La đã cử đoàn đi đâu năm 2019", { name: "delegations", params: { province: "Sơn La", yearFrom: "2019", yearTo: "2019" } }],
  ["Where did the delegations of Hua Phan go since 2020?", { name: "delegations", params: { province: "Hủa Phăn", yearFrom: "2020" } }],
  // more phrasings of receiving
  ["Nghệ An đã đón những đoàn nào của Lào?", { name: "timeline", params: { province: "Nghệ An", hosted: "true", country: "LA" } }],
  ["Which delegations did Quang Tri host in 2023?", { name: "timeline", params: { province: "Quảng Trị", hosted: "true", yearFrom: "2023", yearTo: "2023" } }],
  ["Hủa Phăn tiếp đón các đoàn nào từ 2020?", { name: "timeline", params: { province: "Hủa Phăn", hosted: "true", yearFrom: "2020" } }],
  ["who has Luang Prabang received", { name: "timeline", params: { province: "Luông Pha Băng", hosted: "true" } }],
  // more phrasings of a person's roles
  ["Chức vụ của Đinh Thị Bích Thảo", { name: "person", params: { person: "Đinh Thị Bích Thảo" } }],
  ["Bà Đinh Thị Bích Thảo giữ chức gì?", { name: "person", params: { person: "Đinh Thị Bích Thảo" } }],
  ["What positions has Dinh Thi Bich Thao held?", { name: "person", params: { person: "Dinh Thi Bich Thao" } }],
  ["titles of Phut Phan Keo Vong Xay", { name: "person", params: { person: "Phut Phan Keo Vong Xay" } }],
  // more phrasings of a timeline
  ["Sự kiện của Nghệ An năm 2023", { name: "timeline", params: { province: "Nghệ An", yearFrom: "2023", yearTo: "2023" } }],
  ["history of Hua Phan", { name: "timeline", params: { province: "Hủa Phăn" } }],
  ["Các hoạt động của Gia Lai từ 2024", { name: "timeline", params: { province: "Gia Lai", yearFrom: "2024" } }],
  ["activities of Lao Cai between 2019 and 2023", { name: "timeline", params: { province: "Lào Cai", yearFrom: "2019", yearTo: "2023" } }],
  // more phrasings of a path
  ["Nghệ An và Xiêng Khoảng liên hệ với nhau thế nào?", { name: "path", params: { from: "Nghệ An", to: "Xiêng Khoảng" } }],
  ["what links Gia Lai and Attapeu", { name: "path", params: { from: "Gia Lai", to: "Attapư" } }],
  ["đường nối giữa Sơn La và Hủa Phăn", { name: "path", params: { from: "Sơn La", to: "Hủa Phăn" } }],
  ["connection between Lao Cai and Yunnan", { name: "path", params: { from: "Lào Cai", to: "Vân Nam" } }],
  // more counts
  ["Hủa Phăn đã tiếp bao nhiêu đoàn?", { name: "timeline", params: { province: "Hủa Phăn", hosted: "true" }, count: true }],
  ["how many delegations did Dien Bien receive in 2019", { name: "timeline", params: { province: "Điện Biên", hosted: "true", yearFrom: "2019", yearTo: "2019" }, count: true }],
  ["Sơn La hợp tác với bao nhiêu tỉnh của Lào?", { name: "cooperation", params: { province: "Sơn La", country: "LA" }, count: true }],
  // more phrasings, with country forms and without tones
  ["Lào Cai đã ký với tỉnh nào của Guangxi?", { name: "partners", params: { province: "Lào Cai", country: "CN" } }],
  ["Lao Cai signed with which Chinese provinces?", { name: "partners", params: { province: "Lào Cai", country: "CN" } }],
  ["Tay Ninh da ky voi tinh nao cua Cam-pu-chia", { name: "partners", params: { province: "Tây Ninh", country: "KH" } }],
  ["quang tri ky ket voi tinh nao cua lao nam 2023", { name: "partners", params: { province: "Quảng Trị", country: "LA", yearFrom: "2023", yearTo: "2023" } }],
  ["Who has Nghe An signed MoUs with since 2020?", { name: "partners", params: { province: "Nghệ An", document: "mou", yearFrom: "2020" } }],
  ["ai dan dau doan cua nghe an sang lao", { name: "delegations", params: { province: "Nghệ An", destination: "LA" } }],
  ["Which delegations of Son La were led by whom in 2019?", { name: "delegations", params: { province: "Sơn La", yearFrom: "2019", yearTo: "2019" } }],
  ["Who led Lao delegations to Vietnam in 2023?", { name: "delegations", params: { country: "LA", destination: "VN", yearFrom: "2023", yearTo: "2023" } }],
  ["Các đoàn của Lào sang Việt Nam do ai dẫn đầu?", { name: "delegations", params: { country: "LA", destination: "VN" } }],
  ["gia lai hop tac voi tinh nao cua campuchia", { name: "cooperation", params: { province: "Gia Lai", country: "KH" } }],
  ["Hà Tĩnh làm việc với những tỉnh nào của Lào năm 2024?", { name: "cooperation", params: { province: "Hà Tĩnh", country: "LA", yearFrom: "2024", yearTo: "2024" } }],
  ["which Cambodian provinces does Tay Ninh work with", { name: "cooperation", params: { province: "Tây Ninh", country: "KH" } }],
  ["Does Lao Cai cooperate with Yunnan?", { name: "path", params: { from: "Lào Cai", to: "Vân Nam" } }],
  ["Quan hệ của Hà Tĩnh với Khăm Muồn", { name: "path", params: { from: "Hà Tĩnh", to: "Khăm Muồn" } }],
  // more places with two readings, asked back
  ["Viêng Chăn hợp tác với những tỉnh nào?", "ask back"],
  ["timeline of Vientiane", "ask back"],
  ["Viêng Chăn đã làm việc với tỉnh nào của Việt Nam?", "ask back"],
  ["Which Zorblat provinces has Son La signed with?", "ask back unknown"],
  // more questions outside what the graph answers
  ["Giá vàng hôm nay bao nhiêu?", "refuse"],
  ["Write me a poem about Laos", "refuse"],
  ["Bạn là ai?", "refuse"],
  // abbreviations analysts write
  ["BTG TU Sơn La đã ký với những tỉnh nào của Lào?", { name: "partners", params: { province: "Sơn La", country: "LA" } }],
  ["BTG TW đã ký với ai?", { name: "partners", params: { organization: "Ban Tuyên giáo Trung ương" } }],
  ["Đ/c Lò Văn Mừng giữ chức vụ gì?", { name: "person", params: { person: "Lò Văn Mừng" } }],
  ["Điện Biên hợp tác với tỉnh nào của CHDCND Lào?", { name: "cooperation", params: { province: "Điện Biên", country: "LA" } }],
  ["Ban TG&DV Tỉnh ủy Gia Lai đã tiếp những đoàn nào?", { name: "timeline", params: { province: "Gia Lai", hosted: "true" } }],
  // asked back: a place with two readings
  ["Viêng Chăn đã ký với ai?", "ask back"],
  ["Who signed with Vientiane?", "ask back"],
  ["vieng chan da tiep nhung doan nao", "ask back"],
  ["Vientiane đã tiếp những đoàn nào năm 2019?", "ask back"],
  ["partners of vientiane in Vietnam", "ask back"],
  ["Thủ đô Viêng Chăn đã ký với ai?", { name: "partners", params: { province: "Thủ đô Viêng Chăn" } }],
  ["Who signed with Vientiane Capital?", { name: "partners", params: { province: "Thủ đô Viêng Chăn" } }],
  ["tỉnh Viêng Chăn đã ký với ai?", { name: "partners", params: { province: "Viêng Chăn" } }],
  // refused: outside what the graph answers
  ["Thời tiết hôm nay thế nào?", "refuse"],
  ["What is the GDP of Laos?", "refuse"],
  ["Xin chào", "refuse"],
  ["", "refuse"],
  ["Ai là người giàu nhất Việt Nam?", "refuse"],
  ["Tell me a joke", "refuse"],
  ["Zorblat đã ký với ai?", "refuse"],
  // asked back: a word that is no place, body or person
  ["Sơn La đã ký với Zorblat?", "ask back unknown"],
  ["Which provinces of Freedonia signed with Dien Bien?", "ask back unknown"],
];

describe("words a question uses", () => {
  it.each([
    ["Sơn La đã ký với những tỉnh nào của Lào trong lĩnh vực báo chí?", ["lĩnh", "vực", "báo", "chí"]],
    ["which Lao provinces has Son La signed with about journalism", ["about", "journalism"]],
  ])("says which words of %s it did not use", (question, unused) => {
    const r = parseQuestion(question);
    expect(r.query?.name).toBe("partners");
    expect(r.unused).toEqual(unused);
    expect(r.understood?.vi).toContain(`không dùng: ${unused.map((w) => `"${w}"`).join(", ")}`);
    expect(r.understood?.en).toContain("not used:");
  });
  it("names none when every word was used", () => {
    expect(parseQuestion("Sơn La đã ký với những tỉnh nào của Lào?").unused).toEqual([]);
    expect(parseQuestion("Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?").unused).toEqual([]);
  });
});

describe("the question table", () => {
  it("has at least 150 questions and ten phrasings of every intent", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    const per = new Map<string, number>();
    for (const [, e] of TABLE) {
      const k = typeof e === "string" ? (e === "ask back unknown" ? "ask back" : e) : e.count ? "count" : e.name;
      per.set(k, (per.get(k) ?? 0) + 1);
    }
    for (const k of ["partners", "delegations", "timeline", "person", "path", "count", "ask back", "refuse"])
      expect([k, per.get(k) ?? 0]).toEqual([k, expect.any(Number)]);
    const keys = ["partners", "cooperation", "delegations", "timeline", "person", "holders", "agreements", "path", "count", "ask back", "refuse"];
    expect(keys.filter((k) => (per.get(k) ?? 0) < 10).map((k) => `${k}: ${per.get(k) ?? 0}`)).toEqual([]);
  });

  it.each(TABLE)("%s", (question, expected) => {
    const r = parseQuestion(question);
    if (expected === "ask back") {
      expect(r.query).toBeNull();
      expect(r.clarify?.options.length).toBeGreaterThanOrEqual(2);
      return;
    }
    if (expected === "ask back unknown") {
      expect(r.query).toBeNull();
      expect(r.clarify?.vi).toMatch(/Không rõ "(Zorblat|Freedonia)"/);
      return;
    }
    if (expected === "refuse") {
      expect(r.query).toBeNull();
      expect(r.clarify?.vi).toMatch(/Có thể hỏi/);
      expect(r.clarify?.en).toMatch(/You can ask/);
      return;
    }
    expect(r.query).toEqual({ name: expected.name, params: expected.params });
    expect(r.count).toBe(!!expected.count);
    expect(r.understood?.vi).toMatch(/^Hiểu là: /);
  });
});
