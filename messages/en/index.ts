// The en catalogue: one JSON file per area of the interface (see messages/README.md).
import common from './common.json';
import errors from './errors.json';
import layout from './layout.json';
import auth from './auth.json';
import account from './account.json';
import annotations from './annotations.json';
import editor from './editor.json';
import comments from './comments.json';
import live from './live.json';
import consensus from './consensus.json';
import charts from './charts.json';
import articles from './articles.json';
import projects from './projects.json';
import assignments from './assignments.json';
import review from './review.json';
import claims from './claims.json';
import exportsArea from './exports.json';
import notifications from './notifications.json';
import admin from './admin.json';
import sources from './sources.json';
import signals from './signals.json';

const messages = { common, errors, layout, auth, account, annotations, editor, comments, live, consensus, charts, articles, projects, assignments, review, claims, exports: exportsArea, notifications, admin, sources, signals };
export default messages;
