import type { MetadataRoute } from "next";
import { paths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [paths.dashboard, "/api/", paths.signIn] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
