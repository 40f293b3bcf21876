/** What went wrong, announced at once to screen readers; nothing when all is well. */
export function ErrorLine({ message, id }: { message: string; id?: string }) {
  if (!message) return null;
  return (
    <p class="error" role="alert" id={id}>
      {message}
    </p>
  );
}
