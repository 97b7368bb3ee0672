/** The prebuilt index (generated/index.bin), bundled by wrangler as a Data module. */
declare module "*.bin" {
  const bytes: ArrayBuffer;
  export default bytes;
}
