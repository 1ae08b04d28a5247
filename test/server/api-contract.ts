// The HTTP API, written once and run against the embedded store and the real Neo4j (supertest).
import type { Express } from "express";
import { pino } from "pino";
import request from "supertest";
import type { GraphStore } from "../../src/graph/store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { sampleGraphs } from "../helpers/corpus";

export function apiContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`API on the ${name} store`, () => {
    let store: GraphStore;
    let app: Express;
    beforeAll(async () => {
      store = await open();
      await store.clear();
      await store.ingest(sampleGraphs());
      app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({ KG_API_TOKEN: "s3cret", KG_BODY_LIMIT: "50kb" }) });
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    it("GET /api/health gives the store kind and counts", async () => {
      const res = await request(app).get("/api/health").expect(200);
      expect(res.body).toMatchObject({ status: "ok", store: store.kind, reachable: true, counts: { articles: 5 } });
    });

    it.each(["Sơn La", "son la"])("answers partners for province=%s in Laos with Hủa Phăn and the quote", async (province) => {
      const res = await request(app).get("/api/queries/partners").query({ province, country: "LA" }).expect(200);
      expect(res.body.rows.map((r: { partnerProvince: string }) => r.partnerProvince)).toEqual(["Hủa Phăn"]);
      expect(res.body.rows[0].quotes[0]).toMatch(/ký kết biên bản ghi nhớ/);
    });

    it.each(["Sơn La đã ký với những tỉnh nào của Lào?", "which Lao provinces has son la signed with"])(
      "GET /api/ask answers %s with Hủa Phăn and the quote",
      async (q) => {
        const res = await request(app).get("/api/ask").query({ q }).expect(200);
        expect(res.body.query).toEqual({ name: "partners", params: { province: "Sơn La", country: "LA" } });
        expect(res.body.understood.vi).toBe("Hiểu là: các bên ký kết với Sơn La, đối tác ở Lào");
        expect(res.body.rows.map((r: { partnerProvince: string }) => r.partnerProvince)).toEqual(["Hủa Phăn"]);
        expect(res.body.rows[0].quotes[0]).toMatch(/ký kết biên bản ghi nhớ/);
      },
    );

    it("GET /api/ask asks back about a place with two readings, lists what can be asked, and wants a question", async () => {
      const twice = await request(app).get("/api/ask").query({ q: "Viêng Chăn đã ký với ai?" }).expect(200);
      expect(twice.body.rows).toEqual([]);
      expect(twice.body.clarify.options).toEqual(["tỉnh Viêng Chăn", "Thủ đô Viêng Chăn"]);
      const outside = await request(app).get("/api/ask").query({ q: "Thời tiết hôm nay thế nào?" }).expect(200);
      expect(outside.body.clarify.vi).toMatch(/Có thể hỏi/);
      const counted = await request(app).get("/api/ask").query({ q: "Điện Biên đã ký bao nhiêu văn bản?" }).expect(200);
      expect(counted.body.count).toBe(3);
      await request(app).get("/api/ask").query({ q: " " }).expect(400);
    });

    it("every Province node of /api/graph carries the coordinates of the gazetteer", async () => {
      const res = await request(app).get("/api/graph").query({ types: "Province", limit: 500 }).expect(200);
      expect(res.body.nodes.length).toBeGreaterThan(5);
      for (const n of res.body.nodes) {
        expect(typeof n.lat).toBe("number");
        expect(typeof n.lon).toBe("number");
      }
      expect(res.body.nodes.find((n: { id: string }) => n.id === "province:vn-son-la")).toMatchObject({ lat: 21.33, lon: 103.91 });
    });

    it.each(["LA", "la", "Lào", "Laos", "nước bạn Lào", "lao"])("takes the partner country as %s", async (country) => {
      const res = await request(app).get("/api/queries/partners").query({ province: "Sơn La", country }).expect(200);
      expect(res.body.rows.map((r: { partnerProvince: string }) => r.partnerProvince)).toEqual(["Hủa Phăn"]);
    });

    it("says what a country parameter must be when it is none", async () => {
      const res = await request(app).get("/api/queries/partners").query({ province: "Sơn La", country: "Atlantis" }).expect(400);
      expect(JSON.parse(res.text).detail + JSON.stringify(JSON.parse(res.text).issues)).toMatch(/Lào, Laos/);
    });

    it("a partner country keeps both sides of its partnerships and leaves out events of two other sides", async () => {
      const all = await request(app).get("/api/graph").query({ limit: 2000 }).expect(200);
      const lao = await request(app).get("/api/graph").query({ country: "LA", limit: 2000 }).expect(200);
      const ids = new Set(lao.body.nodes.map((n: { id: string }) => n.id));
      // the Vietnamese side of the Lao partnerships stays, with its province
      expect(ids.has("org:propaganda:vn-son-la")).toBe(true);
      expect(ids.has("province:vn-son-la")).toBe(true);
      expect(ids.has("org:propaganda:la-houaphanh")).toBe(true);
      // a Vietnamese–Vietnamese event (Sơn La – Đà Nẵng) and its Đà Nẵng side go
      const name = (id: string) => all.body.nodes.find((n: { id: string }) => n.id === id)?.name ?? "";
      const vnOnly = all.body.nodes.filter((n: { label: string; name: string }) => n.label === "Event" && /Sơn La – Đà Nẵng/.test(n.name));
      expect(vnOnly.length).toBeGreaterThan(0);
      for (const e of vnOnly) expect([name(e.id), ids.has(e.id)]).toEqual([name(e.id), false]);
      expect(ids.has("org:propaganda:vn-da-nang")).toBe(false);
    });

    it("returns CSV with format=csv", async () => {
      const res = await request(app).get("/api/queries/partners").query({ province: "Điện Biên", format: "csv" }).expect(200);
      expect(res.headers["content-type"]).toMatch(/text\/csv/);
      expect(res.text).toMatch(/^\uFEFF?organization,organizationId,partner/);
      expect(res.text.trim().split("\r\n")).toHaveLength(4);
    });

    it("lists the named queries with their parameter schemas", async () => {
      const res = await request(app).get("/api/queries").expect(200);
      const partners = res.body.queries.find((q: { name: string }) => q.name === "partners");
      expect(Object.keys(partners.parameters.properties)).toEqual(expect.arrayContaining(["province", "country", "document", "yearFrom"]));
    });

    it("searches by name without diacritics and by alias, ranked", async () => {
      const a = await request(app).get("/api/search").query({ q: "son la" }).expect(200);
      expect(a.body.results[0]).toMatchObject({ id: "province:vn-son-la" });
      const b = await request(app).get("/api/search").query({ q: "Luang Prabang" }).expect(200);
      expect(b.body.results[0]).toMatchObject({ id: "province:la-luang-prabang" });
    });

    it("shows an entity with relations grouped by type and their evidence", async () => {
      const res = await request(app).get("/api/entities/org:propaganda:vn-dien-bien").expect(200);
      expect(res.body.entity.name).toBe("Ban Tuyên giáo Tỉnh ủy Điện Biên");
      expect(res.body.relations.SIGNED_WITH).toHaveLength(3);
      expect(res.body.relations.SIGNED_WITH[0].evidence[0].quote).toMatch(/Ký kết biên bản ghi nhớ/);
      expect(res.body.relations.SIGNED_WITH[0].evidence[0].link).toMatch(/^\/api\/articles\/a_/);
    });

    it("shows an article's text with the evidence marked", async () => {
      const ent = await request(app).get("/api/entities/org:propaganda:vn-son-la").expect(200);
      const link = ent.body.relations.SIGNED_WITH[0].evidence[0].link;
      const res = await request(app).get(link).expect(200);
      expect(res.body.html).toMatch(/<mark data-start="\d+" data-types="[^"]*SIGNED_WITH[^"]*">/);
      expect(res.body.spans.length).toBeGreaterThanOrEqual(3);
      for (const s of res.body.spans) expect(s.end).toBeLessThanOrEqual(res.body.text.length);
    });

    it("gives the explorer's graph, filtered and around an entity", async () => {
      const all = await request(app).get("/api/graph").expect(200);
      expect(all.body.nodes.length).toBeGreaterThan(20);
      const ids = new Set(all.body.nodes.map((n: { id: string }) => n.id));
      for (const e of all.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const la = await request(app).get("/api/graph").query({ types: "Province,Organization", country: "LA" }).expect(200);
      // both sides of the Lao partnerships: Lao nodes and their Vietnamese partners, of the types asked for
      expect(la.body.nodes.every((n: { label: string }) => ["Province", "Organization"].includes(n.label))).toBe(true);
      expect(la.body.nodes.some((n: { country: string }) => n.country === "LA")).toBe(true);
      expect(la.body.nodes.map((n: { id: string }) => n.id)).toContain("org:propaganda:vn-son-la");
      const around = await request(app).get("/api/graph").query({ around: "son la", hops: "2" }).expect(200);
      expect(around.body.center).toBe("province:vn-son-la");
      expect(around.body.nodes.map((n: { id: string }) => n.id)).toContain("org:propaganda:la-houaphanh");
      const small = await request(app).get("/api/graph").query({ limit: "5" }).expect(200);
      expect(small.body.nodes).toHaveLength(5);
      expect(small.body.truncated).toBe(true);
      const signed = await request(app).get("/api/graph").query({ relTypes: "SIGNED_WITH", yearFrom: "2019", yearTo: "2019" }).expect(200);
      expect(signed.body.edges.every((e: { type: string }) => e.type === "SIGNED_WITH")).toBe(true);
      expect(signed.body.edges).toHaveLength(3);
      // the three MoUs of June 2019, one edge per pair of departments, each with its document
      for (const e of signed.body.edges) expect(e).toMatchObject({ count: 1, documents: ["mou"] });
    });

    it("under a year or a partner country, gives only what is connected to the chosen events", async () => {
      const all = await request(app).get("/api/graph").query({ limit: 2000 }).expect(200);
      for (const query of [{ yearFrom: "2019", yearTo: "2019" }, { country: "LA" }, { country: "LA", yearFrom: "2018" }]) {
        const res = await request(app).get("/api/graph").query({ ...query, limit: 2000 }).expect(200);
        const linked = new Set(res.body.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]));
        const events = res.body.nodes.filter((n: { label: string }) => n.label === "Event");
        expect(events.length).toBeGreaterThan(0);
        if (query.yearFrom) for (const e of events) expect(Number(e.date.slice(0, 4))).toBeGreaterThanOrEqual(Number(query.yearFrom));
        // nothing stands alone: every node is linked to something of the view
        expect(res.body.nodes.filter((n: { id: string }) => !linked.has(n.id))).toEqual([]);
        expect(res.body.nodes.length).toBeLessThan(all.body.nodes.length);
      }
    });

    it("says for every node of /api/graph where the map draws it", async () => {
      const res = await request(app).get("/api/graph").query({ types: "Province,Organization,Person,Event,Country,Article", limit: 2000 }).expect(200);
      const byId = new Map(res.body.nodes.map((n: { id: string }) => [n.id, n]));
      expect(byId.get("province:vn-son-la")).toMatchObject({ home: "province:vn-son-la" });
      // an organisation beside its province, with the province's point
      expect(byId.get("org:propaganda:vn-son-la")).toMatchObject({ home: "province:vn-son-la", homeLat: 21.33, homeLon: 103.91 });
      // a person beside the province of the organisation they hold a role at
      expect(byId.get("person:dinhthibichthao")).toMatchObject({ home: "province:vn-son-la" });
      // an event beside the province it was held in (Hủa Phăn, 4/6)
      const talks = res.body.nodes.find((n: { label: string; name: string }) => n.label === "Event" && /^Hội đàm Sơn La – Hủa Phăn \(4\/6/.test(n.name));
      expect(talks).toMatchObject({ home: "province:la-houaphanh" });
      // an article has no place: the map lists it apart
      expect(res.body.nodes.filter((n: { label: string }) => n.label === "Article").every((n: { home: string | null }) => n.home === null)).toBe(true);
    });

    it("finds a path between two entities named in any spelling", async () => {
      const res = await request(app).get("/api/path").query({ from: "son la", to: "Hua Phan" }).expect(200);
      expect(res.body.steps[0].id).toBe("province:vn-son-la");
      expect(res.body.steps[res.body.steps.length - 1].id).toBe("province:la-houaphanh");
    });

    it("an id of the earlier person scheme (person:<name>:<country>) still leads to the person", async () => {
      const res = await request(app).get("/api/entities/person:nguyenducvuong:vn").expect(308);
      expect(res.headers.location).toBe("/api/entities/person%3Anguyenducvuong");
      const now = await request(app).get(res.headers.location!).expect(200);
      expect(now.body.entity.name).toBe("Nguyễn Đức Vượng");
      const path = await request(app).get("/api/path").query({ from: "person:nguyenducvuong:vn", to: "son la" }).expect(200);
      expect(path.body.from.id).toBe("person:nguyenducvuong");
      await request(app).get("/api/entities/person:nobodyatall:vn").expect(404);
    });

    it("GET /api/path answers an empty list with a message when two entities have no path", async () => {
      const res = await request(app).get("/api/path").query({ from: "org:party:la-houaphanh", to: "org:propaganda:la-phongsaly" }).expect(200);
      expect(res.body.steps).toEqual([]);
      expect(res.body.message).toMatch(/no path from .* within 8 steps/);
      await request(app).get("/api/path").query({ from: "org:party:la-houaphanh", to: "nowhere-at-all" }).expect(404);
    });

    it("makes reports and exports through the API", async () => {
      const list = await request(app).get("/api/reports").expect(200);
      expect(list.body.reports.map((r: { name: string }) => r.name)).toEqual(["matrix", "agreements", "delegations-register", "people", "activity"]);
      const html = await request(app).get("/api/reports/agreements").query({ province: "Điện Biên", format: "html" }).expect(200);
      expect(html.headers["content-type"]).toMatch(/text\/html/);
      expect(html.text).toContain("Ban Tuyên huấn tỉnh Phông Sa Lỳ");
      const json = await request(app).get("/api/reports/matrix").expect(200);
      expect(json.body.rows).toContainEqual({ vnProvince: "Sơn La", foreignProvince: "Hủa Phăn", foreignCountry: "LA", signings: 1, visits: 1 });
      const asText = (res: request.Response, cb: (err: Error | null, body: string) => void) => {
        const stream = res as unknown as NodeJS.ReadableStream;
        let body = "";
        stream.setEncoding("utf8");
        stream.on("data", (c: string) => (body += c));
        stream.on("end", () => cb(null, body));
      };
      const gexf = await request(app).get("/api/export").query({ format: "gexf" }).buffer(true).parse(asText).expect(200);
      expect(gexf.body).toMatch(/<gexf/);
      const cypher = await request(app).get("/api/export").query({ format: "cypher" }).buffer(true).parse(asText).expect(200);
      expect(cypher.body).toMatch(/^\/\/ Propaganda-cooperation knowledge graph/);
      await request(app).get("/api/export").query({ format: "pdf" }).expect(400);
      await request(app).get("/api/reports/nope").expect(404);
    });

    it("answers hostile parameter values with 400, 404 or a correct answer, never a changed graph", async () => {
      const hostile = [
        "' OR 1=1 //",
        '"})-[r]-() DETACH DELETE r //',
        "} RETURN 1 UNION MATCH (n) DETACH DELETE n //",
        "MATCH (n) DETACH DELETE n",
        "$province",
        "`backtick`",
        "\\u0000\u0000",
        "x".repeat(5000),
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "🇻🇳",
      ];
      const before = await store.counts();
      const urls: string[] = [];
      for (const v of hostile) {
        const e = encodeURIComponent(v);
        urls.push(
          `/api/queries/partners?province=${e}`,
          `/api/queries/partners?organization=${e}&country=${e}`,
          `/api/queries/delegations?person=${e}&yearFrom=${e}`,
          `/api/queries/timeline?kind=${e}`,
          `/api/queries/neighbourhood?id=${e}&hops=${e}`,
          `/api/queries/search?q=${e}&label=${e}`,
          `/api/search?q=${e}&limit=${e}`,
          `/api/entities/${e}`,
          `/api/articles/${e}`,
          `/api/path?from=${e}&to=son%20la`,
          `/api/graph?around=${e}&types=${e}`,
          `/api/graph?relTypes=${e}&limit=${e}`,
          `/api/reports/agreements?province=${e}&format=${e}`,
          `/api/queries/partners?province[$ne]=x`,
          `/api/search?q[]=a&q[]=b`,
        );
      }
      for (const url of urls) {
        const res = await request(app).get(url);
        expect({ url, status: [200, 400, 404].includes(res.status) }).toEqual({ url, status: true });
        expect(res.text).not.toMatch(/\n\s+at /);
      }
      expect(await store.counts()).toEqual(before);
    });

    describe("errors", () => {
      it.each([
        ["/api/queries/partners?province=", /province must not be empty/],
        ["/api/graph?hops=abc", /hops/],
        ["/api/queries/partners?province=a&province=b", /expected a single value/],
        ["/api/queries/partners?country=Atlantis&province=Sơn La", /ISO 3166/],
        ["/api/search?q=", /q must not be empty/],
        ["/api/queries/partners?yearFrom=20x9&province=Sơn La", /yearFrom/],
      ])("GET %s is a 400 problem listing each issue", async (url, message) => {
        const res = await request(app).get(encodeURI(url).replace(/%25/g, "%")).expect(400);
        expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
        const body = JSON.parse(res.text);
        expect(body.status).toBe(400);
        expect(body.issues.length).toBeGreaterThan(0);
        expect(JSON.stringify(body)).toMatch(message);
        expect(res.text).not.toMatch(/\n\s+at /);
      });

      it.each(["/api/entities/nope", "/api/queries/nope", "/api/articles/nope", "/api/nope"])("GET %s is a 404 problem", async (url) => {
        const res = await request(app).get(url).expect(404);
        expect(JSON.parse(res.text).status).toBe(404);
      });

      it("answers an unknown province with 404 and what it expected", async () => {
        const res = await request(app).get("/api/queries/partners").query({ province: "Atlantis" }).expect(404);
        expect(JSON.parse(res.text).detail).toMatch(/no province/);
      });
    });

    describe("POST /api/articles", () => {
      const article = {
        text: "Ngày 12/4/2024, tại thành phố Huế, Ban Tuyên giáo Thành ủy Huế và Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức ký kết chương trình phối hợp công tác tuyên giáo giai đoạn 2025 - 2030.",
        title: "Huế và Quảng Trị ký kết",
      };

      it("requires the bearer token", async () => {
        await request(app).post("/api/articles").send(article).expect(401);
        await request(app).post("/api/articles").set("Authorization", "Bearer wrong").send(article).expect(401);
      });

      it("ingests an article once; the second time nothing changes", async () => {
        const first = await request(app).post("/api/articles").set("Authorization", "Bearer s3cret").send(article).expect(201);
        expect(first.body.articlesNew).toBe(1);
        const before = await store.counts();
        const again = await request(app).post("/api/articles").set("Authorization", "Bearer s3cret").send(article).expect(200);
        expect(again.body.articlesUnchanged).toBe(1);
        expect(await store.counts()).toEqual(before);
        const rows = await request(app).get("/api/queries/partners").query({ province: "Quảng Trị" }).expect(200);
        expect(rows.body.rows[0]).toMatchObject({ partnerProvince: "Huế", document: "cooperation_programme", period: "2025-2030", date: "2024-04-12" });
      });

      it("takes text/plain too", async () => {
        const res = await request(app)
          .post("/api/articles")
          .set("Authorization", "Bearer s3cret")
          .set("Content-Type", "text/plain")
          .send("Ngày 1/2/2023, Ban Tuyên giáo Tỉnh ủy Cao Bằng tổ chức hội nghị.")
          .expect(201);
        expect(res.body.articles).toHaveLength(1);
      });

      it("refuses an oversized body with 413 and a body of the wrong shape with 400", async () => {
        await request(app)
          .post("/api/articles")
          .set("Authorization", "Bearer s3cret")
          .send({ text: "x".repeat(60_000) })
          .expect(413);
        const bad = await request(app).post("/api/articles").set("Authorization", "Bearer s3cret").send({ body: "no text" }).expect(400);
        expect(JSON.parse(bad.text).issues[0].path).toBe("text");
        await request(app).post("/api/articles").set("Authorization", "Bearer s3cret").set("Content-Type", "application/json").send("{broken").expect(400);
      });
    });

    it("sets security headers and refuses unknown origins by default", async () => {
      const res = await request(app).get("/api/health").set("Origin", "https://evil.example");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["content-security-policy"]).toBeDefined();
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
      await request(app).post("/api/cypher").set("Origin", "https://evil.example").send({ query: "RETURN 1" }).expect(403);
    });

    it("serves no file outside the web folder", async () => {
      for (const p of ["/../package.json", "/%2e%2e/package.json", "/..%2f..%2fpackage.json", "/assets/../../README.md"]) {
        const res = await request(app).get(p);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.text).not.toMatch(/"name": "vn-propaganda-kg"/);
      }
    });
  });
}
