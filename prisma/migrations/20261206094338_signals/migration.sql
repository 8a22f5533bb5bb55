-- CreateTable
CREATE TABLE "Signal" (
    "key" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "helpText" TEXT NOT NULL DEFAULT '',
    "scale" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SignalAnswer" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "signalKey" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignalAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignalAnswer_signalKey_idx" ON "SignalAnswer"("signalKey");

-- CreateIndex
CREATE UNIQUE INDEX "SignalAnswer_articleId_reviewerId_signalKey_key" ON "SignalAnswer"("articleId", "reviewerId", "signalKey");

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAnswer" ADD CONSTRAINT "SignalAnswer_signalKey_fkey" FOREIGN KEY ("signalKey") REFERENCES "Signal"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The scale kinds of lib/vocabulary.ts SIGNAL_SCALES; options a non-empty JSON array.
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_scale_check" CHECK (scale IN ('nominal', 'ordinal', 'count'));
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_options_check" CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) >= 2);
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_key_check" CHECK (key ~ '^[a-z][a-z0-9_]{0,63}$');

-- The starting questionnaire: content indicators from the Credibility Coalition's set
-- (W3C Credible Web CG, "Credibility Signals"), kept small.
INSERT INTO "Signal" (key, question, "helpText", scale, options, position, "updatedAt") VALUES
  ('headline_represents_body', 'Does the headline represent the body of the article?',
   'Compare the headline''s claim with what the body actually says (e.g. a headline stating troops are present when the body says their presence "might not be as overt").',
   'ordinal', '[{"value":"not_at_all","label":"Not at all"},{"value":"partly","label":"Partly"},{"value":"fully","label":"Fully"}]', 1, now()),
  ('clickbait_title', 'Is the title clickbait?',
   'Clickbait withholds or exaggerates to make the reader click: teasers, superlatives, emotional hooks.',
   'ordinal', '[{"value":"no","label":"No"},{"value":"somewhat","label":"Somewhat"},{"value":"yes","label":"Yes"}]', 2, now()),
  ('sources_cited_count', 'How many sources does the article cite?',
   'Count distinct people, documents or outlets the article attributes information to.',
   'count', '[{"value":"none","label":"None"},{"value":"one","label":"1"},{"value":"two_to_four","label":"2–4"},{"value":"five_plus","label":"5 or more"}]', 3, now()),
  ('sources_cited_kind', 'What kind of source does the article rely on most?',
   'The kind of source behind most of the article''s factual claims.',
   'nominal', '[{"value":"primary_documents","label":"Primary documents"},{"value":"officials","label":"Officials"},{"value":"experts","label":"Experts"},{"value":"anonymous","label":"Anonymous sources"},{"value":"other_outlets","label":"Other outlets"},{"value":"none","label":"None"}]', 4, now());
