// Desk keyboard shortcuts. Lists mark their lines with data-row-link; search fields with data-shortcut="search".
let handler;

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function attach(dotnet) {
  handler = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "/") {
      const search = document.querySelector("[data-shortcut=search] input, input[data-shortcut=search], #worklist-search, #inbox-search");
      if (search) { event.preventDefault(); search.focus(); }
    } else if (event.key === "j" || event.key === "k") {
      const links = [...document.querySelectorAll("[data-row-link]")];
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement);
      const next = event.key === "j" ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
      event.preventDefault();
      links[at < 0 ? 0 : next].focus();
    } else if (event.key === "?") {
      event.preventDefault();
      dotnet.invokeMethodAsync("ShowHelp");
    }
  };
  document.addEventListener("keydown", handler);
}

export function detach() {
  if (handler) document.removeEventListener("keydown", handler);
}
