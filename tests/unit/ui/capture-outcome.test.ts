import { describe, expect, it } from 'vitest';
import { CaptureRefused, failure, saved } from '../../../entrypoints/background/capture/outcome';
import { saveStatus } from '../../../entrypoints/chat.content/save-status';
import { msg } from '../../../lib/i18n/msg';
import { createTranslator, english } from '../../../lib/i18n/translate';
import { VaultWriteError } from '../../../lib/vault/errors';

/** What the buyer reads after a capture, in the popup, the notification and under a chat message. */
describe('capture outcomes in the buyer’s language', () => {
  const zh = createTranslator('zh-CN');
  const es = createTranslator('es');

  it('a saved screenshot: the English sentence as before, and the same message in Chinese', () => {
    const result = saved(msg('capture.result.screenshot'), 'Order #218834501001020304', ['a'], 'c');
    expect(result.message).toBe('Screenshot saved to the vault, in “Order #218834501001020304”.');
    expect(zh.render(result.text!)).toBe('截图已保存到证据库，位于“Order #218834501001020304”。');
  });

  it('a conversation counts images and messages by each language’s plural rule', () => {
    const one = msg('capture.result.conversation', {
      images: { plural: 'capture.result.images', count: 1 },
      messages: { plural: 'capture.result.messages', count: 1 },
    });
    expect(english.render(saved(one, 'X', [], 'c').text!)).toBe(
      'Conversation (1 image, 1 message) saved to the vault, in “X”.',
    );
    const many = msg('capture.result.conversationCut', {
      images: { plural: 'capture.result.images', count: 400 },
      messages: { plural: 'capture.result.messages', count: 1250 },
    });
    expect(es.render(saved(many, 'X', [], 'c').text!)).toBe(
      'Se guardó en el archivo de pruebas, en «X»: Conversación (400 imágenes, 1250 mensajes) — se detuvo tras 400 pantallas; el resto no se capturó —.'.replace(
        '1250',
        es.number(1250),
      ),
    );
  });

  it('a refusal or a full disk is said in the buyer’s language; a content script’s own reason stays as given', () => {
    const closed = failure(new CaptureRefused(msg('capture.result.tabClosed')));
    expect(closed.ok).toBe(false);
    expect(closed.message).toBe('That tab is closed: nothing was saved.');
    expect(es.render(closed.text!)).toBe('Esa pestaña está cerrada: no se guardó nada.');
    const full = failure(new VaultWriteError('quota', 'The disk is full (English detail).'));
    expect(full.message).toBe('The disk is full (English detail).');
    expect(zh.render(full.text!)).toBe(zh.t('vault.error.quota'));
    const reason = failure(new CaptureRefused('The chat capture was interrupted: start it again.'));
    expect(reason.text).toBeUndefined();
    expect(reason.message).toBe('The chat capture was interrupted: start it again.');
    const odd = failure(new Error('boom'));
    expect(es.render(odd.text!)).toBe('La captura falló: no se guardó nada. (boom)');
  });

  it('under a chat message: the background’s message id in the buyer’s language, its English when it sent none', () => {
    const text = msg('capture.result.chatSaved', { case: 'Order #1' });
    expect(saveStatus({ ok: true, message: english.render(text), text, itemIds: ['a'] }, es)).toEqual({
      saved: true,
      text: 'El mensaje, sus avisos y una captura de pantalla se guardaron en el archivo de pruebas, en «Order #1».',
    });
    expect(saveStatus({ ok: true, message: 'Saved.', itemIds: [] }, es)).toEqual({
      saved: true,
      text: 'Saved.',
    });
  });
});
