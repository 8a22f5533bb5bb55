/** The title-or-publisher search box of the list filters (a plain GET form's `q`). */
export function SearchField({ defaultValue }: { defaultValue?: string }) {
  return (
    <label className="block">
      <span className="text-sm font-medium">Search</span>
      <input name="q" type="search" defaultValue={defaultValue} placeholder="Title or publisher" className="mt-1 block w-72 rounded border border-stone-400 bg-white px-3 py-2" />
    </label>
  );
}
