// A local news site for the web-ingest tests, on 127.0.0.1 only: two page layouts (JSON-LD and a
// Vietnamese byline), related headlines, comments and footers around the article, an RSS feed of
// both pages, robots.txt, ETags (304 when nothing changed), a redirect, and the pages that go
// wrong: a server error, a slow answer, a huge answer, a 404, a page in Windows-1258.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import iconv from "iconv-lite";

const chrome = (body: string, head = "") => `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>
<header class="site-header"><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/the-gioi">Thế giới</a></nav></header>
${body}
<footer class="footer">© Báo Tin Tỉnh. Giấy phép số 123/GP-BTTTT. Địa chỉ: 1 đường Trần Phú, tỉnh Sơn La.</footer>
</body></html>`;

/** Layout A: the date in JSON-LD; related headlines in an aside; comments below. */
export const PAGE_A = chrome(
  `<main><article class="post">
  <h1 class="post-title">Sơn La và Hủa Phăn ký kết biên bản ghi nhớ về công tác tuyên giáo</h1>
  <div class="post-content">
    <p>Ngày 13/11, tại thành phố Sơn La, Ban Tuyên giáo Tỉnh ủy Sơn La và Ban Tuyên huấn tỉnh Hủa Phăn (Lào) đã ký kết biên bản ghi nhớ về hợp tác trong công tác tuyên giáo giai đoạn 2023 - 2028.</p>
    <p>Đoàn đại biểu Ban Tuyên huấn tỉnh Hủa Phăn do đồng chí Khăm Pha Vông Sa, Trưởng ban Tuyên huấn tỉnh Hủa Phăn dẫn đầu. Tiếp đoàn có đồng chí Đinh Thị Bích Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La.</p>
    <p>Hai bên đã trao đổi kinh nghiệm trong công tác thông tin đối ngoại, báo chí, xuất bản và đào tạo cán bộ, góp phần vun đắp mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa hai nước Việt Nam và Lào.</p>
  </div>
  </article>
  <aside class="related"><h3>Tin liên quan</h3><ul>
    <li><a href="/x1">Ban Tuyên giáo Tỉnh ủy Điện Biên ký kết biên bản ghi nhớ với Ban Tuyên huấn tỉnh Phông Sa Lỳ</a></li>
    <li><a href="/x2">Tỉnh ủy Thanh Hóa tiếp đoàn Tỉnh ủy Hủa Phăn</a></li>
  </ul></aside>
  <section id="comments" class="comments"><h3>Bình luận</h3><p>Bạn đọc Trần An: Bài viết rất hay, mong Ban Tuyên giáo Tỉnh ủy Lai Châu cũng ký với Phông Sa Lỳ.</p></section>
  </main>`,
  `<title>Sơn La và Hủa Phăn ký kết biên bản ghi nhớ | Báo Tin Tỉnh</title>
  <meta property="og:title" content="Sơn La và Hủa Phăn ký kết biên bản ghi nhớ về công tác tuyên giáo">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Sơn La và Hủa Phăn ký kết","datePublished":"2023-11-14T10:25:00+07:00"}</script>`,
);

/** Layout B: only a Vietnamese byline gives the date; related headlines in a div list. */
export const PAGE_B = chrome(
  `<div class="container"><div class="detail">
  <h1 class="title-detail">Nghệ An tiếp đoàn Ban Tuyên huấn tỉnh Xiêng Khoảng</h1>
  <div class="header-content"><span class="date">Thứ Năm, 16/11/2023 - 09:10</span></div>
  <article class="fck_detail">
    <p class="Normal">Chiều 15/11, tại thành phố Vinh, đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy Nghệ An đã tiếp đoàn đại biểu Ban Tuyên huấn tỉnh Xiêng Khoảng (Lào) do đồng chí Bun Khăm Vông Sạ, Trưởng ban Tuyên huấn tỉnh Xiêng Khoảng dẫn đầu.</p>
    <p class="Normal">Tại buổi tiếp, hai bên đã thông tin về tình hình kinh tế - xã hội của mỗi tỉnh và trao đổi về công tác tuyên truyền, giáo dục truyền thống đoàn kết Việt Nam - Lào cho thế hệ trẻ của hai tỉnh.</p>
    <p class="Normal">Đồng chí Nguyễn Văn Thông mong muốn hai bên tiếp tục phối hợp chặt chẽ trong công tác tuyên truyền về mối quan hệ hữu nghị vĩ đại giữa hai Đảng, hai Nhà nước.</p>
  </article>
  </div>
  <div class="box-related-news"><h4>Xem thêm</h4>
    <div class="item"><a href="/y1">Ban Tuyên giáo Tỉnh ủy Quảng Trị làm việc với Ban Tuyên huấn tỉnh Savannakhet</a></div>
    <div class="item"><a href="/y2">Hà Tĩnh ký kết chương trình phối hợp với Khăm Muồn</a></div>
  </div></div>`,
  `<title>Nghệ An tiếp đoàn Ban Tuyên huấn tỉnh Xiêng Khoảng</title>`,
);

/** A page in Windows-1258 (Vietnamese tones as combining marks), declared in its Content-Type. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const cp1258Form = (s: string) =>
  [...s.normalize("NFC")]
    .map((ch) => {
      const d = ch.normalize("NFD");
      return d.replace(TONES, "").normalize("NFC") + (d.match(TONES) ?? []).join("");
    })
    .join("");
export const PAGE_CP1258 = iconv.encode(
  cp1258Form(
    chrome(
      `<article><h1>Điện Biên tiếp đoàn Luông Pha Băng</h1><p class="date">20/10/2022</p><p>Sáng 19/10, Ban Tuyên giáo Tỉnh ủy Điện Biên đã tiếp đoàn đại biểu Ban Tuyên huấn tỉnh Luông Pha Băng do đồng chí Xổm Phon Vông Xay, Phó Trưởng ban Tuyên huấn tỉnh Luông Pha Băng dẫn đầu.</p><p>Hai bên trao đổi kinh nghiệm về công tác tuyên truyền, báo chí và xuất bản, cùng nhau thắt chặt tình hữu nghị giữa hai tỉnh.</p></article>`,
    ).replace('<meta charset="utf-8">', ""),
  ),
  "windows1258",
);

export const FEED = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Báo Tin Tỉnh - Thời sự</title><link>${base}/</link>
<item><title>Sơn La và Hủa Phăn ký kết biên bản ghi nhớ</title><link>${base}/news/a</link><pubDate>Tue, 14 Nov 2023 10:25:00 +0700</pubDate></item>
<item><title>Nghệ An tiếp đoàn Ban Tuyên huấn tỉnh Xiêng Khoảng</title><link>${base}/news/b</link><pubDate>Thu, 16 Nov 2023 09:10:00 +0700</pubDate></item>
</channel></rss>`;

export interface NewsSite {
  base: string;
  /** Full answers (200 with a body) per path: a conditional request answered 304 does not count. */
  served: Map<string, number>;
  close(): Promise<void>;
}

export async function startNewsSite(): Promise<NewsSite> {
  const served = new Map<string, number>();
  let base = "";
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const send = (status: number, body: string | Buffer, type = "text/html; charset=utf-8") => {
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      if (status === 200 && req.headers["if-none-match"] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      if (status === 200) served.set(path, (served.get(path) ?? 0) + 1);
      res.writeHead(status, { "Content-Type": type, ETag: etag }).end(body);
    };
    switch (path) {
      case "/robots.txt":
        return send(200, "User-agent: *\nDisallow: /private/\n", "text/plain");
      case "/feed.xml":
        return send(200, FEED(base), "application/rss+xml; charset=utf-8");
      case "/news/a":
        return send(200, PAGE_A);
      case "/news/b":
        return send(200, PAGE_B);
      case "/old/a":
        res.writeHead(301, { Location: "/news/a" }).end();
        return;
      case "/broken":
        return send(500, "<h1>Internal error</h1>");
      case "/slow":
        setTimeout(() => send(200, PAGE_A), 3000).unref();
        return;
      case "/huge":
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end("<html><body>" + "<p>Nội dung rất dài. </p>".repeat(120_000) + "</body></html>");
        return;
      case "/truncated":
        // a page cut off mid-tag, as a dropped connection leaves it
        return send(200, PAGE_B.slice(0, PAGE_B.indexOf("Tại buổi tiếp") + 40) + "<p cla");
      case "/cp1258":
        return send(200, PAGE_CP1258, "text/html; charset=windows-1258");
      case "/private/page":
        return send(200, PAGE_A);
      default:
        return send(404, "<h1>Không tìm thấy</h1>");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    base,
    served,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
