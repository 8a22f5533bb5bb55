import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/openapi/openapi-document';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';

export const GET = route(async (request) => NextResponse.json(openApiDocument(publicBaseUrl(request))));
