-- Statuses and roles as enums. The columns change type in place (USING casts
-- each existing value), so no row loses its status or role. Indexes on the
-- columns are rebuilt by PostgreSQL as part of the ALTER.
CREATE TYPE "CommentStatus" AS ENUM ('pending', 'approved', 'spam', 'trash');

CREATE TYPE "Role" AS ENUM ('admin', 'editor');

ALTER TABLE "Comment" ALTER COLUMN "status" TYPE "CommentStatus" USING ("status"::"CommentStatus");

ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT,
  ALTER COLUMN "role" TYPE "Role" USING ("role"::"Role"),
  ALTER COLUMN "role" SET DEFAULT 'editor';
