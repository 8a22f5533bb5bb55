import { NextResponse } from 'next/server';
import { EXPORT_JSON_SCHEMA } from '@/lib/exports/export-json-schema';
import { route } from '@/lib/server/http/route';

export const GET = route(async () => NextResponse.json(EXPORT_JSON_SCHEMA, { headers: { 'Content-Type': 'application/schema+json' } }));
