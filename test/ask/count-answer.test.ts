// Counts count what was asked about, on the sample corpus: provinces a province works with (a row
// is one event and relation), delegations received (hosted events with a visiting side), people
// who held a title; never simply the rows.
import { answerQuestion } from "../../src/ask/answer-question";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { sampleGraphs } from "../helpers/corpus";

describe("counts", () => {
  const store = MemoryStore.open({ file: null, write: true });
  beforeAll(async () => {
    await store.ingest(sampleGraphs());
  });

  it("count the provinces a province works with, not its events and relations", async () => {
    const a = await answerQuestion(store, "Điện Biên hợp tác với bao nhiêu tỉnh của Lào?");
    expect(a.parsed.query?.name).toBe("cooperation");
    const provinces = new Set(a.rows.map((r) => r.partnerProvinceId));
    expect(a.counted).toEqual({ n: provinces.size, vi: "tỉnh", en: "provinces" });
    expect(provinces.size).toBe(3);
    expect(a.rows.length).toBeGreaterThan(provinces.size);
  });

  it("count the delegations a province received: the hosted events with a visiting side", async () => {
    const a = await answerQuestion(store, "Hủa Phăn đã tiếp bao nhiêu đoàn?");
    expect(a.parsed.query?.params).toMatchObject({ hosted: "true" });
    const visited = a.rows.filter((r) => (r.participants as string[]).some((p) => !(r.hosts as string[]).includes(p)));
    expect(a.counted).toEqual({ n: new Set(visited.map((r) => r.eventId)).size, vi: "đoàn đã tiếp", en: "delegations received" });
    expect(a.counted!.n).toBeGreaterThan(0);
  });

  it("count the people who held a title", async () => {
    const a = await answerQuestion(store, "Bao nhiêu người từng là Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La?");
    expect(a.parsed.query?.name).toBe("holders");
    expect(a.counted).toEqual({ n: new Set(a.rows.map((r) => r.personId)).size, vi: "người", en: "people" });
    expect(a.counted!.n).toBe(1);
  });
});
