import { SearchField } from '../ui/search-field';
import { STATUS_OPTIONS } from './status-badge';

/** A plain GET form: filters live in the URL, so they can be shared and bookmarked. */
export function ArticleFilters({ q, status, project }: { q?: string; status?: string; project?: string }) {
  return (
    <form role="search" aria-label="Filter articles" className="flex flex-wrap items-end gap-3" action="/">
      {project && <input type="hidden" name="project" value={project} />}
      <SearchField defaultValue={q} />
      <label className="block">
        <span className="text-sm font-medium">Status</span>
        <select name="status" defaultValue={status ?? ''} className="mt-1 block rounded border border-stone-400 bg-white px-3 py-2">
          <option value="">Any status</option>
          {STATUS_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">Filter</button>
    </form>
  );
}
