// The letter picker of the matrix: R, A, RA, C, I or Clear for one cell, by mouse or keyboard.
import { byId } from './dom.js';

let picking = null;

/** Wires the picker once; {@code onPick(cell, letters)} is told the cell and the letters chosen ("" clears). */
export function wirePicker(onPick) {
  const picker = byId('picker');
  picker.addEventListener('click', (event) => {
    const choice = event.target.closest('button[data-letters]');
    if (choice && picking) {
      const cell = picking;
      closePicker(true);
      onPick(cell, choice.dataset.letters);
    }
  });
  picker.addEventListener('keydown', (event) => {
    const items = [...picker.querySelectorAll('button')];
    const at = items.indexOf(document.activeElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      closePicker(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
      event.preventDefault();
      items[(at + 1) % items.length].focus();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      event.preventDefault();
      items[(at - 1 + items.length) % items.length].focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (picking && !picker.contains(event.target) && !event.target.closest('#matrix button')) {
      closePicker(false);
    }
  });
}

/** Opens the picker under the cell's button, the cell's letters marked as current. */
export function openPicker(button) {
  const picker = byId('picker');
  picking = { row: Number(button.dataset.row), col: Number(button.dataset.col), button };
  const current = button.textContent;
  for (const item of picker.querySelectorAll('button')) {
    item.classList.toggle('current', item.dataset.letters === current);
  }
  picker.hidden = false;
  const cellBox = button.getBoundingClientRect();
  const left = Math.min(cellBox.left, document.documentElement.clientWidth - picker.offsetWidth - 8);
  picker.style.left = `${Math.max(8, left) + window.scrollX}px`;
  picker.style.top = `${cellBox.bottom + window.scrollY + 4}px`;
  (picker.querySelector('button.current') ?? picker.querySelector('button')).focus();
}

function closePicker(returnFocus) {
  const cell = picking;
  byId('picker').hidden = true;
  picking = null;
  if (returnFocus && cell) {
    byId('matrix').querySelector(`button[data-row="${cell.row}"][data-col="${cell.col}"]`)?.focus();
  }
}
