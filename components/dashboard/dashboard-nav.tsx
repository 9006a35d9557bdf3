"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { paths } from "@/lib/site/paths";

export type NavItem = { href: string; label: string };

/** The dashboard's sections; the current one is marked for assistive technology too. */
export function DashboardNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {items.map((item) => {
          const current = item.href === paths.dashboard ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded px-3 py-1.5 no-underline ${current ? "bg-ink text-paper hover:text-paper" : "text-ink hover:bg-rule/50 hover:text-ink"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
