/**
 * Under the signed-in shell, the production build starts the mock backend's Web Worker from index.html's
 * loader before the first paint and the page's own scripts (see afterFirstPaintScript in
 * src/app/bootShell.ts), so that its start-up (zod, the handlers, seeding the store: a second or more with
 * 100,000 cases) overlaps the page's. Messages the worker sends before mocks/browser.ts takes it over are
 * kept in `queue` and replayed. On the sign-in page, and in dev (no built worker file), mocks/browser.ts
 * starts the worker itself.
 *
 * No imports: vite.config.ts loads this file in Node to write the script.
 */
export interface EarlyBackend {
  worker: Worker;
  queue: MessageEvent[];
  failed: boolean;
}

export const EARLY_BACKEND_GLOBAL = '__saksportalBackend';

/** The inline script; `init` carries the page's localStorage entries and location.search (see mocks/protocol.ts). */
export function earlyBackendScript(workerUrl: string): string {
  return (
    `(function(){try{var w=new Worker(${JSON.stringify(workerUrl)},{type:'module',name:'mock-backend'});` +
    `var b={worker:w,queue:[],failed:false};w.onmessage=function(e){b.queue.push(e)};w.onerror=function(){b.failed=true};` +
    `var s=[];try{for(var i=0;i<localStorage.length;i++){var k=localStorage.key(i);if(k!==null)s.push([k,localStorage.getItem(k)||''])}}catch(e){}` +
    `w.postMessage({type:'init',storage:s,search:location.search});window.${EARLY_BACKEND_GLOBAL}=b}catch(e){}})();`
  );
}
