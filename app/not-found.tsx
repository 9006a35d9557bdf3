import Link from "next/link";
import { paths } from "@/lib/site/paths";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-[68ch] py-12">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find the page you asked for. It may have moved, or the address may be mistyped.</p>
      <p className="mt-4">
        <Link href={paths.home}>Go to the latest articles</Link>
      </p>
    </div>
  );
}
