/** Facts from reports: the editable facts file (facts.yaml / .json) that `extract` writes and `score` reads. */
package cn.fazhi.assess.extract;
