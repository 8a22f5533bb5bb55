import { SearchField } from '../ui/search-field';
import { STATUS_OPTIONS } from '../articles/status-badge';

type Props = { q?: string; status?: string; needs?: string; sort?: string; project?: string };

const selectClass = 'mt-1 block rounded border border-stone-400 bg-white px-3 py-2';

/** A plain GET form: the queue's filters live in the URL, so a view can be shared and bookmarked. */
export function ReviewQueueFilters({ q, status, needs, sort, project }: Props) {
  return (
    <form role="search" aria-label="Filter the review queue" className="flex flex-wrap items-end gap-3" action="/review">
      {project && <input type="hidden" name="project" value={project} />}
      <SearchField defaultValue={q} />
      <label className="block">
        <span className="text-sm font-medium">Status</span>
        <select name="status" defaultValue={status ?? ''} className={selectClass}>
          <option value="">All unpublished</option>
          {STATUS_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-sm font-medium">Needs</span>
        <select name="needs" defaultValue={needs ?? ''} className={selectClass}>
          <option value="">Anything</option>
          <option value="reviews">Reviews waiting</option>
          <option value="disputes">Unadjudicated disputes</option>
        </select>
      </label>
      <label className="block">
        <span className="text-sm font-medium">Sort by</span>
        <select name="sort" defaultValue={sort ?? 'need'} className={selectClass}>
          <option value="need">Most in need</option>
          <option value="age">Waiting longest</option>
          <option value="activity">Latest activity</option>
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">Filter</button>
    </form>
  );
}
