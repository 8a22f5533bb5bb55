-- CreateTable
CREATE TABLE "LivePresence" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LivePresence_articleId_seenAt_idx" ON "LivePresence"("articleId", "seenAt");

-- AddForeignKey
ALTER TABLE "LivePresence" ADD CONSTRAINT "LivePresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePresence" ADD CONSTRAINT "LivePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The change feed of the live pages (lib/server/live): every committed change to a row those
-- pages show is announced on the channel "corroborate_changes" as a small JSON object —
-- {"kind", "articleId", "projectId", "userId"} — and never the row's content. NOTIFY is
-- delivered at commit, to every listening connection of every app process, and identical
-- notifications in one transaction are folded into one (a revision re-anchoring 2,000
-- annotations announces each author once). Who may hear which kind is decided in the app
-- (seesLiveChange in lib/server/guards.ts): "userId" is the author, reviewer or viewer the
-- change belongs to, which blind review needs to tell one reviewer's drafts from another's.
CREATE FUNCTION "live_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  article_id uuid := (changed ->> 'articleId')::uuid;
  project_id uuid;
BEGIN
  SELECT "projectId" INTO project_id FROM "Article" WHERE id = article_id;
  -- A row removed with its article (cascade): the article's own notification says so.
  IF project_id IS NOT NULL THEN
    PERFORM pg_notify('corroborate_changes', json_build_object(
      'kind', TG_ARGV[0], 'articleId', article_id, 'projectId', project_id,
      'userId', CASE WHEN TG_NARGS > 1 THEN changed ->> TG_ARGV[1] END)::text);
  END IF;
  RETURN NULL;
END $$;

-- The article row itself (status, publication, title, revision, its project), read by column
-- so that the large text and HTML columns are never copied into JSON. A move is announced in
-- both projects, so the lists of each follow it.
CREATE FUNCTION "live_notify_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('corroborate_changes', json_build_object('kind', 'article', 'articleId', OLD.id, 'projectId', OLD."projectId", 'userId', NULL)::text);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('corroborate_changes', json_build_object('kind', 'article', 'articleId', NEW.id, 'projectId', NEW."projectId", 'userId', NULL)::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_live" AFTER INSERT OR UPDATE OR DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_article"();
CREATE TRIGGER "Annotation_live" AFTER INSERT OR UPDATE OR DELETE ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('annotation', 'authorId');
CREATE TRIGGER "ReviewSubmission_live" AFTER INSERT OR UPDATE OR DELETE ON "ReviewSubmission"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('review', 'reviewerId');
CREATE TRIGGER "Assignment_live" AFTER INSERT OR UPDATE OR DELETE ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('assignment', 'reviewerId');
CREATE TRIGGER "Comment_live" AFTER INSERT OR UPDATE OR DELETE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('comment', 'authorId');
CREATE TRIGGER "Verdict_live" AFTER INSERT OR UPDATE OR DELETE ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('verdict');
-- Presence: arrivals and departures only; the heartbeat's seenAt updates are not news.
CREATE TRIGGER "LivePresence_live" AFTER INSERT OR DELETE ON "LivePresence"
  FOR EACH ROW EXECUTE FUNCTION "live_notify_change"('presence', 'userId');
