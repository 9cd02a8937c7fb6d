/**
 * criteria.yaml into a {@link cn.fazhi.assess.domain.Checklist}: bound strictly, then validated as a whole — points
 * that add up, known indicators and profiles, each method's parameters and wording — every problem named with file,
 * line and key. The bundled checklist is also snapshotted at build time ({@link cn.fazhi.assess.checklist.PrecompiledChecklist}).
 */
package cn.fazhi.assess.checklist;
