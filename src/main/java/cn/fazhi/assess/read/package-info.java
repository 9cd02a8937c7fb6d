/**
 * Report documents into text: .txt in any common Chinese encoding, saved web pages, .docx and .pdf,
 * with a normalized twin of the text for matching whose characters line up one to one with the
 * original, so that every quote can be shown as the report wrote it.
 */
package cn.fazhi.assess.read;
