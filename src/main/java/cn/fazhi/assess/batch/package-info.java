/**
 * {@code rank}: every file under the inputs scored through the pipeline on all cores, one 整改台账 workbook written
 * per unit as it is scored and only its summary row kept, a bad file recorded with its reason while the rest go on;
 * then the ranking.
 */
package cn.fazhi.assess.batch;
