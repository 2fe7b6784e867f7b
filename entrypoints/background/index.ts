export default defineBackground(() => {
  // Wired in full below as the foundation lands.
});
