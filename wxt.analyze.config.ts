import base from './wxt.config';
export default {
  ...base,
  outDir: '/tmp/h14/analyze',
  vite: (env: never) => {
    const v = (base.vite as (e: never) => Record<string, unknown>)(env);
    return { ...v, build: { ...(v.build as object), sourcemap: true } };
  },
};
