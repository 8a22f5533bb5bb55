-- CreateIndex
CREATE INDEX "Annotation_articleId_id_idx" ON "Annotation"("articleId", "id");
