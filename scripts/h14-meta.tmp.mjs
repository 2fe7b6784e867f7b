import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, metafile: true, format: 'esm', jsx: 'automatic', loader: {'.css':'empty'}, alias: {'wxt/browser': './node_modules/wxt/dist/browser.mjs'}, external: [], logLevel: 'error', define: {'import.meta.env.BROWSER':'"chrome"'} , platform: 'browser'});
const out = Object.values(r.metafile.outputs)[0];
const bypkg = {};
for (const [f, v] of Object.entries(out.inputs)) { const m = f.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : f.split('/').slice(0,2).join('/'); bypkg[k]=(bypkg[k]||0)+v.bytesInOutput; }
console.log(Object.entries(bypkg).sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>`${(v/1024).toFixed(1)}\t${k}`).join('\n'));
