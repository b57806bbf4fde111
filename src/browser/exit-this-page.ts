/**
 * "Exit this page" (GOV.UK pattern): the button, or the Shift key pressed 3 times within 5 seconds,
 * leaves for the trust's chosen neutral page at once. The page is replaced in history, so Back does not
 * return here. Answers are not deleted (the delete page does that).
 */
export function startExitThisPage(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-exit-this-page] a');
  if (!link) return;
  const leave = () => {
    document.body.hidden = true;
    window.location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses: number[] = [];
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < 5000), now];
    if (presses.length >= 3) leave();
  });
}
