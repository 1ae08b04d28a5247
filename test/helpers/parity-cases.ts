// Parameter sets for every named query and report, some taken from the data itself so that the
// answers are not empty; shared by the parity and the export round-trip tests.
import { getQuery, getReport, prepareParams } from "../../src/graph/queries/catalogue";
import type { GraphStore } from "../../src/graph/store";

export type Case = [string, Record<string, string>];

/** Parameter sets for every query, some from the data itself so that answers are not empty. */
export async function cases(mem: GraphStore): Promise<Case[]> {
  const people = (await mem.run("delegations", prepareParams(getQuery("delegations"), {}))).map((r) => String(r.leaderId));
  const orgs = (await mem.run("search", prepareParams(getQuery("search"), { q: "ban tuyen", label: "Organization", limit: "50" }))).map((r) => String(r.id));
  const events = (await mem.run("timeline", prepareParams(getQuery("timeline"), {}))).map((r) => String(r.eventId));
  const out: Case[] = [
    ["partners", { province: "Sơn La" }],
    ["partners", { province: "son la", country: "LA" }],
    ["partners", { province: "Điện Biên", document: "mou" }],
    ["partners", { province: "Nghệ An", yearFrom: "2018", yearTo: "2022" }],
    ["partners", { province: "Hà Nội", country: "KH" }],
    ["partners", { organization: orgs[0] ?? "x" }],
    ["partners", { organization: "Ban Tuyên giáo Tỉnh ủy Lào Cai" }],
    ["cooperation", { province: "Sơn La" }],
    ["cooperation", { province: "dien bien", country: "LA" }],
    ["cooperation", { province: "Lào Cai" }],
    ["cooperation", { province: "Nghệ An", yearFrom: "2018", yearTo: "2022" }],
    ["cooperation", { province: "Hủa Phăn" }],
    ["delegations", {}],
    ["delegations", { province: "Điện Biên" }],
    ["delegations", { country: "LA", yearFrom: "2020" }],
    ["delegations", { person: people[3] ?? "x" }],
    ["timeline", {}],
    ["timeline", { province: "Yên Bái" }],
    // a province with those merged into it in 2025 (Yên Bái into Lào Cai)
    ["timeline", { province: "Lào Cai" }],
    ["partners", { province: "Lào Cai" }],
    ["delegations", { province: "Lào Cai" }],
    ["timeline", { country: "KH", yearTo: "2019" }],
    ["timeline", { kind: "talks" }],
    // the delegations a province received: only what it or its organisations hosted
    ["timeline", { province: "Hủa Phăn", hosted: "true" }],
    ["timeline", { province: "Lạng Sơn", hosted: "true" }],
    ["timeline", { province: "Điện Biên", hosted: "true", country: "LA" }],
    ["timeline", { hosted: "true" }],
    ["timeline", { organization: orgs[1] ?? "x" }],
    ["search", { q: "son la" }],
    ["search", { q: "Luang Prabang" }],
    ["search", { q: "ban tuyen giao", limit: "50" }],
    ["search", { q: "nguyen van", label: "Person" }],
    ["search", { q: "ha" }],
    ["stats", {}],
    ["neighbourhood", { id: "province:vn-son-la", hops: "2" }],
    ["neighbourhood", { id: orgs[2] ?? "x", hops: "1" }],
    ["neighbourhood", { id: people[0] ?? "x", hops: "3", limit: "100" }],
    ["path", { from: "province:vn-son-la", to: "province:la-houaphanh" }],
    ["path", { from: people[0] ?? "x", to: "province:vn-dien-bien" }],
    ["path", { from: events[0] ?? "x", to: events[events.length - 1] ?? "y" }],
    ["path", { from: people[2] ?? "x", to: orgs[3] ?? "y" }],
    ["path", { from: orgs[4] ?? "x", to: "country:LA" }],
    // names as analysts type them: provinces in any spelling, other entities by their name
    ["path", { from: "son la", to: "Hủa Phăn" }],
    ["path", { from: "Điện Biên", to: "Luang Prabang" }],
    ["path", { from: "Ban Tuyên giáo Tỉnh ủy Điện Biên", to: "Việt Nam" }],
    ["path", { from: "nobody at all", to: "Sơn La" }],
    ["neighbourhood", { id: people[1] ?? "x", hops: "3", limit: "5" }],
    ["neighbourhood", { id: "province:vn-dien-bien", hops: "3", limit: "5000" }],
  ];
  for (const id of people.slice(0, 4)) out.push(["person", { person: id }]);
  const articles = (await mem.run("timeline", prepareParams(getQuery("timeline"), {}))).map((r) => String(r.article));
  for (const id of [orgs[0], people[1], events[2], "province:vn-son-la", "country:LA"]) {
    out.push(["entity", { id: id ?? "x" }], ["relations", { id: id ?? "x" }]);
  }
  out.push(["article", { id: articles[0] ?? "x" }], ["article", { id: articles[articles.length - 1] ?? "x" }]);
  const view = await mem.run("graph-nodes", prepareParams(getQuery("graph-nodes"), { limit: "300" }));
  out.push(
    ["graph-nodes", {}],
    ["graph-nodes", { limit: "300" }],
    ["graph-nodes", { labels: "Province,Organization", country: "LA" }],
    ["graph-nodes", { country: "LA" }],
    ["graph-nodes", { country: "KH", labels: "Province,Organization,Person,Event,Country,Role,Article" }],
    ["graph-nodes", { country: "CN", yearFrom: "2019" }],
    ["graph-nodes", { yearFrom: "2019", yearTo: "2021", limit: "150" }],
    ["graph-nodes", { labels: "Event", yearFrom: "2019", yearTo: "2021", undated: "true" }],
  );
  out.push(
    ["graph-edges", { ids: view.map((r) => String(r.id)).join(",") }],
    [
      "graph-edges",
      {
        ids: view
          .slice(0, 80)
          .map((r) => String(r.id))
          .join(","),
        types: "SIGNED_WITH,HOSTED,BASED_IN",
      },
    ],
    ["graph-edges", { ids: view.map((r) => String(r.id)).join(","), yearFrom: "2019", yearTo: "2022" }],
    ["graph-edges", { ids: view.map((r) => String(r.id)).join(","), yearFrom: "2019", yearTo: "2022", undated: "true" }],
  );
  // every node of the view, roles and articles too: where the map draws each
  const everything = await mem.run("graph-nodes", prepareParams(getQuery("graph-nodes"), { labels: "Province,Organization,Person,Event,Country,Role,Article", limit: "20000" }));
  out.push(["graph-homes", { ids: everything.map((r) => String(r.id)).join(",") }], ["graph-homes", { ids: "nobody,province:vn-son-la" }]);
  out.push(["person", { person: "Đinh Thị Bích Thảo" }]);
  out.push(["delegations", { province: "Sơn La", destination: "LA" }], ["delegations", { country: "LA", destination: "VN" }]);
  // titles held in the data: at an organisation by id, and by kind and province
  const dump = await mem.dump();
  const node = new Map(dump.nodes.map((n) => [n.id, n]));
  const roleOrg = new Map(dump.rels.filter((r) => r.type === "ROLE_AT").map((r) => [r.from, r.to]));
  const based = new Map(dump.rels.filter((r) => r.type === "BASED_IN").map((r) => [r.from, r.to]));
  const held = [...new Set(dump.rels.filter((r) => r.type === "HOLDS_ROLE").map((r) => r.to))].slice(0, 3);
  for (const role of held) {
    const org = node.get(roleOrg.get(role) ?? "");
    const title = String(node.get(role)?.props.title ?? "x");
    out.push(["holders", { title, organization: org?.id ?? "x" }]);
    const province = node.get(based.get(org?.id ?? "") ?? "");
    if (province) out.push(["holders", { title, kind: String(org?.props.kind), province: String(province.props.name) }]);
  }
  out.push(["holders", { title: "Trưởng ban", kind: "propaganda", province: "Sơn La" }], ["holders", { title: "truong ban", country: "VN" }]);
  out.push(
    ["matrix", {}],
    ["matrix", { country: "LA" }],
    ["matrix", { yearFrom: "2019", yearTo: "2021" }],
    ["agreements", {}],
    ["agreements", { province: "Điện Biên" }],
    ["agreements", { country: "KH", document: "mou" }],
    ["agreements", { yearFrom: "2020" }],
    ["delegations-register", {}],
    ["delegations-register", { province: "Sơn La" }],
    ["delegations-register", { country: "LA", yearTo: "2020" }],
    ["people", {}],
    ["people", { country: "LA" }],
    ["people", { person: "Đinh Thị Bích Thảo" }],
    ["activity", {}],
    ["activity", { province: "Điện Biên" }],
    ["activity", { province: "Lào Cai" }],
    ["agreements", { province: "Lào Cai" }],
    ["delegations-register", { province: "Lào Cai" }],
    ["activity", { country: "KH" }],
  );
  return out;
}

export function definitionOf(name: string) {
  try {
    return getQuery(name);
  } catch {
    return getReport(name);
  }
}
