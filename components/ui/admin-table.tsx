import type { ReactNode } from "react";

/**
 * The dashboard's tables (articles, users, history): a caption for screen
 * readers, column headers, and a scroll container so narrow screens scroll
 * the table, not the page. Rows come as children, each with a row header.
 */
export function AdminTable({ caption, columns, children, small = false }: { caption: string; columns: string[]; children: ReactNode; small?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left ${small ? "text-sm" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-rule">
            {columns.map((column, index) => (
              <th key={column} scope="col" className={index === columns.length - 1 ? "py-2" : "py-2 pr-4"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
