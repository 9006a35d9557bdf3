/** A unique constraint refused the write (Prisma's P2002): someone else's row got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
