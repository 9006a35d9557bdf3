import { ImageResponse } from "next/og";
import { readArticle } from "@/lib/cache/public-reads";
import { site } from "@/lib/site/site";

export const alt = "The article's headline";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

// Drawn by the app with the font bundled in next/og: no request to another host.
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = await readArticle((await params).slug);
  const title = article?.title ?? site.name;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: 72,
          background: "#fdfcfa",
          color: "#1c1917",
          borderTop: "24px solid #9a3412",
        }}
      >
        <div style={{ fontSize: 36, color: "#57534e" }}>{site.name}</div>
        <div style={{ fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
    ),
    size,
  );
}
