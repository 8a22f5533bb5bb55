// A checker for ClaimReview markup: what Google's fact-check guidelines (and
// schema.org) need before the markup is eligible, and what they recommend.
// The server runs it before embedding a ClaimReview; tests run it on ours.
//
// "required": without it the markup is not a usable fact check
//   (claimReviewed; reviewRating with a textual rating or a complete numeric
//   one, worstRating ≤ ratingValue ≤ bestRating; an absolute url; an author).
// "recommended": fields Google asks for or displays better with (the claim,
//   who made it, when and where it appeared; the textual rating; dates;
//   a worstRating of at least 1; a claimReviewed short enough not to wrap).

export type ClaimReviewProblem = { level: 'required' | 'recommended'; property: string; message: string };

type Json = Record<string, unknown>;

const SCHEMA_CONTEXT = /^https?:\/\/schema\.org\/?$/;
// ISO 8601 date or date-time, as schema.org Date/DateTime.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Google: "try to keep this less than 75 characters to minimize wrapping when displayed on a mobile device". */
const CLAIM_REVIEWED_MAX = 75;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function typeOf(value: Json): string[] {
  const type = value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function checkRating(rating: unknown, add: (level: ClaimReviewProblem['level'], property: string, message: string) => void): void {
  if (!isRecord(rating)) return add('required', 'reviewRating', 'reviewRating is missing: give the verdict as a Rating.');
  const textual = isText(rating.alternateName);
  const { ratingValue, bestRating, worstRating } = rating;
  const numeric = ratingValue !== undefined;
  if (!textual && !numeric) return add('required', 'reviewRating', 'reviewRating needs a textual rating (alternateName) or a numeric one (ratingValue, bestRating, worstRating).');
  if (!textual) add('recommended', 'reviewRating.alternateName', 'Search results show only the textual rating: give alternateName, e.g. "Mostly false".');
  if (numeric) {
    const complete = [ratingValue, bestRating, worstRating].every(isNumber);
    if (!complete) add('required', 'reviewRating', 'A numeric rating needs ratingValue, bestRating and worstRating, all numbers.');
    else if (!((worstRating as number) < (bestRating as number))) add('required', 'reviewRating.worstRating', 'worstRating must be less than bestRating.');
    else if ((ratingValue as number) < (worstRating as number) || (ratingValue as number) > (bestRating as number)) add('required', 'reviewRating.ratingValue', 'ratingValue must lie between worstRating and bestRating.');
    if (isNumber(worstRating) && worstRating < 1) add('recommended', 'reviewRating.worstRating', 'Google expects worstRating to be at least 1; shift the rating scale so its lowest value is 1.');
  }
  if (!isText(rating.ratingExplanation)) add('recommended', 'reviewRating.ratingExplanation', 'Add a short ratingExplanation of how the verdict was reached.');
}

function checkClaim(claim: unknown, add: (level: ClaimReviewProblem['level'], property: string, message: string) => void): void {
  if (!isRecord(claim)) return add('recommended', 'itemReviewed', 'Describe the claim reviewed as itemReviewed, a Claim.');
  if (!typeOf(claim).includes('Claim')) add('recommended', 'itemReviewed.@type', 'itemReviewed should be a Claim.');
  const author = first(claim.author);
  if (!isRecord(author) || !isText(author.name)) add('recommended', 'itemReviewed.author', 'Name who made the claim (a Person or Organization).');
  if (claim.datePublished === undefined) add('recommended', 'itemReviewed.datePublished', 'Give the date the claim was made.');
  else if (typeof claim.datePublished !== 'string' || !ISO_DATE.test(claim.datePublished)) add('recommended', 'itemReviewed.datePublished', 'datePublished should be an ISO 8601 date.');
  const appearances = [...(Array.isArray(claim.appearance) ? claim.appearance : [claim.appearance]), claim.firstAppearance].filter(isRecord);
  if (!appearances.some((work) => isHttpUrl(work.url))) add('recommended', 'itemReviewed.appearance', 'Link where the claim appeared (appearance or firstAppearance with a url).');
}

export function claimReviewProblems(document: unknown): ClaimReviewProblem[] {
  const problems: ClaimReviewProblem[] = [];
  const add = (level: ClaimReviewProblem['level'], property: string, message: string) => void problems.push({ level, property, message });
  if (!isRecord(document)) {
    add('required', '', 'A ClaimReview must be a JSON object.');
    return problems;
  }
  const contexts = Array.isArray(document['@context']) ? document['@context'] : [document['@context']];
  if (!contexts.some((context) => typeof context === 'string' && SCHEMA_CONTEXT.test(context))) add('required', '@context', '@context must be https://schema.org.');
  if (!typeOf(document).includes('ClaimReview')) add('required', '@type', '@type must be ClaimReview.');
  if (!isText(document.claimReviewed)) add('required', 'claimReviewed', 'claimReviewed is missing: give a short summary of the claim.');
  else if (document.claimReviewed.length > CLAIM_REVIEWED_MAX) add('recommended', 'claimReviewed', `claimReviewed is ${document.claimReviewed.length} characters; under ${CLAIM_REVIEWED_MAX} avoids wrapping on phones.`);
  checkRating(document.reviewRating, add);
  if (!isHttpUrl(document.url)) add('required', 'url', 'url must be the absolute http(s) address of the fact-check page.');
  const author = first(document.author);
  if (!isRecord(author) || !isText(author.name)) add('required', 'author', 'author is missing: give the fact-checking Organization (or Person) with its name.');
  else {
    if (!typeOf(author).some((type) => type === 'Organization' || type === 'Person')) add('required', 'author.@type', 'author must be an Organization or a Person.');
    if (!isHttpUrl(author.url)) add('recommended', 'author.url', 'Give the newsroom\'s url.');
  }
  if (document.datePublished === undefined) add('recommended', 'datePublished', 'Give the date the fact check was published.');
  else if (typeof document.datePublished !== 'string' || !ISO_DATE.test(document.datePublished)) add('recommended', 'datePublished', 'datePublished should be an ISO 8601 date.');
  checkClaim(document.itemReviewed, add);
  return problems;
}
