// A "Copy" button beside each APA reference (the page works without it: a click on the reference
// selects it whole, by CSS). The reference is copied as rich text, italics kept, and as plain text.
"use strict";
for (const box of document.querySelectorAll("figure.apa-box")) {
  const reference = box.querySelector(".apa");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "Copy reference";
  button.addEventListener("click", async () => {
    const text = reference.innerText.trim();
    try {
      if (window.ClipboardItem && navigator.clipboard.write) {
        await navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([reference.innerHTML.trim()], {type: "text/html"}),
          "text/plain": new Blob([text], {type: "text/plain"}),
        })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      button.textContent = "Copied";
    } catch (error) {
      const range = document.createRange();
      range.selectNodeContents(reference);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => { button.textContent = "Copy reference"; }, 2500);
  });
  box.insertBefore(button, box.querySelector("figcaption"));
}
