/** Loads criteria.yaml into a {@link cn.fazhi.assess.domain.Checklist} and rejects anything malformed. */
package cn.fazhi.assess.checklist;
