package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary extension for areas, outcomes and department duties (emergency.response … comprehensive.coordination):
 * each key found as published and in made-up phrasings; none in a plan, a shortcoming or an instruction, except the
 * negative keys, which a report admits wherever it states them.
 */
class ExtensionPhrasingsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleHarness.CHECKLIST);

    /** Each sentence as a published text words it; the source is named above it. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // 巫溪县 2022 (samples/reports/002)
            "一是健全突发事件处置机制。 | emergency.response | 1",
            // 仲恺高新区 2023 (samples/reports/001, traditional script)
            "全區共15家單位上線執法辦案平臺。 | digital.rule_of_law_platform | 1",
            // 包头市 2024 (corpus 68)
            "建成“一中心、八平台”的“互联网+监管”执法体系。 | digital.rule_of_law_platform | 1",
            // 杭州市中级人民法院《2021年度行政审判工作情况的报告》
            "判决行政机关败诉128件，败诉率 5.6%，同比下降 4.2 个百分点。 | dispute.litigation_loss_rate | 5.6",
            // 司法部, 2018年全国行政复议、行政应诉总体情况 (国新办发布会)
            "各级行政机关共办理一审行政应诉案件23.5万件，败诉率约14.7%。 | dispute.litigation_loss_rate | 14.7",
            // 仲恺高新区 2023, in its 2024 plan
            "針對目前我高新區行政訴訟敗訴率仍然居高的問題，督促各行政主管單位組織專班。 | dispute.litigation_loss_high | 1",
            // 司法部2023年法治政府建设年度报告 (人民日报, 2024-04-02)
            "全年作出撤销、变更、确认违法和责令履行决定等纠错决定2.73万件，纠错率达12.83%。 | dispute.reconsideration_correction_rate | 12.83",
            // 仲恺高新区 2023
            "作出撤改類行政復議決定的案件50宗，行政復議案件糾錯率34.24%。 | dispute.reconsideration_correction_rate | 34.24",
            // 乌鲁木齐高新区(新市区) 2024 (corpus 24)
            "在履行践诺上持续发力，全面依法履行法院生效裁判。 | dispute.judgment_compliance | 1",
            // 山东省司法厅 2023 (corpus 71)
            "严格落实行政裁量权基准制度，组织有关省政府部门、单位编制行政裁量权基准。 | enforcement.discretion_benchmarks | 1",
            // 石柱县公安局 2025
            "建立健全行政裁量权基准制度，推广运用说服教育、劝导示范等柔性执法方式。 | enforcement.discretion_benchmarks | 1",
            // 仲恺高新区 2023
            "對9個領域的涉企行政檢查進行整合，實施“綜合查一次”聯合執法。 | enforcement.enterprise_inspection | 1",
            // 千山区 2021 (samples/reports/003)
            "一是严格制定涉企检查计划。 | enforcement.enterprise_inspection | 1",
            // 四川省交通运输厅 2025 (corpus 73)
            "以合法性审查和公平竞争审查为抓手，充分发挥法律顾问参谋助手作用。 | normdoc.fair_competition_review | 1",
            // 千山区 2021
            "组织全区共134名行政执法人员参加鞍山市司法局组织的年度执法人员培训。 | enforcement.training | 1",
            // 西乌珠穆沁旗 2024 (corpus 27)
            "配合自治区完成法治建设督察及诚信建设工程评估工作，21个反馈问题全部完成整改。 | supervision.inspection_rectification | 1",
            // 湖南省 2022 (corpus 63)
            "全面完成中央依法治国办法治政府建设实地督察反馈意见整改，追责问责36人。 | supervision.inspection_rectification | 1",
            // 仲恺高新区 2023
            "四是持續推動行政執法監督體系建設。 | justice.enforcement_supervision | 1",
            // 金平县 2025 (corpus 30)
            "建成 13 个乡(镇)公共法律服务工作站、109 个村(社区)公共法律服务工作室规范化运行。 | justice.public_legal_services | 1",
            // 市场监管总局, 2024 (经济日报)
            "企业信用风险分类结果在各级市场监管部门与“双随机、一公开”监管全面融合。 | supervision.double_random | 1",
            "企业信用风险分类结果在各级市场监管部门与“双随机、一公开”监管全面融合。 | market.credit_supervision | 1",
            // 九龙坡区市场监管局 2023 (corpus 59)
            "扎实开展经营异常名录管理。 | market.credit_supervision | 1",
            // 石柱县公安局 2025
            "截至2025年，执法办案管理中心已建成市级二级中心。 | police.case_handling_center | 1",
            "在执法规范化方面，全面推行行政执法“三项制度”。 | police.enforcement_standardization | 1",
            // 生态环境部, 第三批生态环境损害赔偿磋商典型案例 (2023)
            "地方各级生态环境部门办理了一批重大生态环境损害赔偿磋商案件。 | ecology.damage_compensation | 1",
            // 千山区 2021
            "持续精准放权，推行乡镇工作清单制度，共赋权放权115项。 | comprehensive.matter_list | 1",
            // 千山区 2021 (from its plan part; here as work done)
            "稳妥实施乡镇执法队伍编成，全面实现乡镇一支队伍管执法。 | comprehensive.coordination | 1"})
    void foundAsPublished(String sentence, String key, double value) {
        ReportFact fact = workDone(sentence, key);

        assertThat(fact.number()).isEqualTo(value);
        assertThat(sentence).contains(fact.quote());
    }

    /** Phrasings made up for this test, two or more a key: the general forms the patterns are written for. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "修订完善《某某县突发事件总体应急预案》等预案12件。 | emergency.response | 1",
            "全年组织开展防汛、森林防火等应急演练26次。 | emergency.response | 1",
            "建成全区统一的行政执法监督信息平台。 | digital.rule_of_law_platform | 1",
            "行政复议信息管理系统上线运行。 | digital.rule_of_law_platform | 1",
            "全年行政诉讼案件败诉率为3.2%。 | dispute.litigation_loss_rate | 3.2",
            "行政机关败诉率下降至6.5%。 | dispute.litigation_loss_rate | 6.5",
            "全年行政诉讼案件实现零败诉。 | dispute.litigation_loss_rate | 0",
            "二是行政机关败诉率偏高，高于全市平均水平。 | dispute.litigation_loss_high | 1",
            "行政诉讼案件败诉率依然较高。 | dispute.litigation_loss_high | 1",
            "行政复议直接纠错率为8.6%。 | dispute.reconsideration_correction_rate | 8.6",
            "复议案件纠错率降至11%。 | dispute.reconsideration_correction_rate | 11",
            "法院生效裁判和行政复议决定履行率100%。 | dispute.judgment_compliance_rate | 100",
            "行政机关生效判决自动履行率达98.5%。 | dispute.judgment_compliance_rate | 98.5",
            "行政复议决定履行率达到100%。 | dispute.judgment_compliance_rate | 100",
            "法院生效判决均已全部履行。 | dispute.judgment_compliance_rate | 100",
            "行政复议决定均得到及时履行。 | dispute.judgment_compliance | 1",
            "自觉履行人民法院生效判决。 | dispute.judgment_compliance | 1",
            "动态调整行政处罚裁量基准，修订裁量事项236项。 | enforcement.discretion_benchmarks | 1",
            "公布本系统行政裁量权基准。 | enforcement.discretion_benchmarks | 1",
            "推行入企扫码检查，涉企检查频次同比压减35%。 | enforcement.enterprise_inspection | 1",
            "坚持无事不扰，全年涉企行政检查次数下降两成。 | enforcement.enterprise_inspection | 1",
            "全年对42件涉及经营主体经济活动的政策措施开展公平竞争审查。 | normdoc.fair_competition_review | 1",
            "公平竞争审查政策措施18件，未发现排除、限制竞争内容。 | normdoc.fair_competition_review | 1",
            "全年执法人员人均参加培训72学时。 | enforcement.training_hours | 72",
            "全局执法人员每人完成网络培训六十个学时以上。 | enforcement.training_hours | 60",
            "举办行政执法人员业务培训班3期，培训420人次。 | enforcement.training | 1",
            "开展执法队员轮训，实现全覆盖。 | enforcement.training | 1",
            "法治政府建设督察反馈的12个问题已全部整改销号。 | supervision.inspection_rectification | 1",
            "完成省委依法治省办法治督察反馈问题整改。 | supervision.inspection_rectification | 1",
            "聘请行政执法监督员32名。 | justice.enforcement_supervision | 1",
            "建成市县乡三级行政执法协调监督工作体系。 | justice.enforcement_supervision | 1",
            "12348公共法律服务热线全年接听咨询5600余人次。 | justice.public_legal_services | 1",
            "县公共法律服务中心全年接待群众1200人次。 | justice.public_legal_services | 1",
            "全年开展“双随机、一公开”抽查86次。 | supervision.double_random | 1",
            "牵头开展部门联合抽查12次。 | supervision.double_random | 1",
            "对236户企业实施失信联合惩戒。 | market.credit_supervision | 1",
            "全面推行以信用为基础的分级分类监管。 | market.credit_supervision | 1",
            "县局执法办案中心投入使用，实现“一站式”办案。 | police.case_handling_center | 1",
            "新建派出所执法办案管理中心2个。 | police.case_handling_center | 1",
            "深化公安执法规范化建设，开展执法质量考评4次。 | police.enforcement_standardization | 1",
            "全面推进受案立案制度改革。 | police.enforcement_standardization | 1",
            "办理生态环境损害赔偿案件15件，赔偿金额320万元。 | ecology.damage_compensation | 1",
            "与赔偿义务人达成生态环境损害赔偿协议3份。 | ecology.damage_compensation | 1",
            "全年立案查处环境违法案件186件。 | ecology.enforcement_cases | 186",
            "共查处各类环境违法行为二百余起。 | ecology.enforcement_cases | 200",
            "环境违法案件立案查处98件。 | ecology.enforcement_cases | 98",
            "编制公布镇街综合行政执法事项目录，共计划转执法事项186项。 | comprehensive.matter_list | 1",
            "梳理乡镇赋权事项清单，承接下放事项58项。 | comprehensive.matter_list | 1",
            "建立综合行政执法局与行业主管部门执法协作机制，移送案件线索41条。 | comprehensive.coordination | 1",
            "推动审管执信息共享联动。 | comprehensive.coordination | 1"})
    void madeUpPhrasings(String sentence, String key, double value) {
        assertThat(workDone(sentence, key).number()).isEqualTo(value);
    }

    /**
     * Each flag as a plan (下一步，将…), a shortcoming and an instruction: none is work done. A negative key has no
     * shortcoming row, since a shortcoming is where it is stated; its plan and instruction guard against the problem.
     */
    @ParameterizedTest(name = "not {0}")
    @CsvSource(delimiter = '|', value = {
            "emergency.response | 下一步，将修订完善突发事件应急预案。 | 突发事件应对体系还不健全。 | 区长要求，要依法妥善处置突发事件。",
            "digital.rule_of_law_platform | 下一步，将加快建设行政执法监督平台。 | 行政执法监督平台应用不够充分。 | 各部门要全面使用执法办案系统。",
            "dispute.litigation_loss_high | 下一步，将着力防止行政诉讼败诉率偏高。 | | 各单位要严防行政诉讼败诉率偏高。",
            "dispute.judgment_compliance | 下一步，将严格履行法院生效裁判。 | 个别部门履行生效判决不及时。 | 各单位必须依法履行法院生效判决。",
            "enforcement.discretion_benchmarks | 下一步，将动态调整行政裁量权基准。 | 行政裁量权基准制定不够细化。 | 各执法部门要制定行政裁量权基准。",
            "enforcement.enterprise_inspection | 下一步，将推行涉企“综合查一次”。 | 涉企检查频次仍然偏多。 | 各部门要规范涉企行政检查。",
            "normdoc.fair_competition_review | 下一步，将全面落实公平竞争审查制度。 | 公平竞争审查制度落实不够到位。 | 起草单位必须开展公平竞争审查。",
            "enforcement.training | 下一步，将组织行政执法人员开展轮训。 | 组织执法人员培训的次数偏少。 | 各单位要组织执法人员参加培训。",
            "supervision.inspection_rectification | 下一步，将抓好法治督察反馈问题整改。 | 部分督察反馈问题虽已整改销号，但仍有反弹。 | 各单位要按期完成督察反馈问题整改。",
            "justice.enforcement_supervision | 下一步，将健全行政执法协调监督工作体系。 | 行政执法协调监督工作体系尚不健全。 | 区长要求，要加强行政执法监督员队伍建设。",
            "justice.public_legal_services | 下一步，将推进公共法律服务中心建设。 | 公共法律服务平台作用发挥不够。 | 必须建好村(社区)公共法律服务工作室。",
            "supervision.double_random | 下一步，将深化部门联合“双随机、一公开”监管。 | “双随机、一公开”抽查覆盖面不够。 | 各部门要全面推行“双随机、一公开”监管。",
            "market.credit_supervision | 下一步，将全面推行信用风险分类管理。 | 信用监管手段还不够丰富。 | 各部门要依法实施失信联合惩戒。",
            "police.case_handling_center | 下一步，将加快执法办案管理中心建设。 | 执法办案管理中心功能还不完善。 | 必须依托执法办案管理中心集中办案。",
            "police.enforcement_standardization | 下一步，将深化公安执法规范化建设。 | 执法质量考评结果运用不够。 | 必须持续深化受案立案制度改革。",
            "ecology.damage_compensation | 下一步，将深化生态环境损害赔偿制度改革。 | 生态环境损害赔偿磋商案件办理偏少。 | 各部门要依法开展生态环境损害赔偿工作。",
            "comprehensive.matter_list | 下一步，将动态调整综合行政执法事项目录。 | 赋权事项清单与基层承接能力不匹配。 | 区长要求，要动态调整镇街赋权事项清单。",
            "comprehensive.coordination | 下一步，将建立综合执法与行业主管部门执法协作机制。 | 综合行政执法与行业主管部门协调配合不够顺畅。 | 各部门要推动一支队伍管执法。"})
    void plansShortcomingsAndInstructionsAreNotWorkDone(String key, String plan, String shortcoming, String instruction) {
        assertThat(extract("一、主要工作和成效\n全年开展工作。\n" + plan + "\n").facts()).doesNotContainKey(key);
        if (shortcoming != null) {
            assertThat(extract("一、主要工作和成效\n全年开展工作。\n二、存在的问题\n" + shortcoming + "\n").facts())
                    .doesNotContainKey(key);
        }
        assertThat(extract("一、主要工作和成效\n" + instruction + "\n").facts()).doesNotContainKey(key);
    }

    @ParameterizedTest(name = "not {1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // 铁岭, 2024年度行政诉讼行政复议案件分析报告: changes, not rates
            "行政机关败诉率同比下降7.01个百分点。 | dispute.litigation_loss_rate",
            "行政复议机关纠错率同比上升5.42个百分点。 | dispute.reconsideration_correction_rate",
            "行政诉讼败诉率控制在5%以内。 | dispute.litigation_loss_rate",
            "确保执法人员每人每年培训不少于60学时。 | enforcement.training_hours",
            "全区干部人均学法40学时。 | enforcement.training_hours",
            "人民调解协议自动履行率98%。 | dispute.judgment_compliance_rate",
            // 湖北省司法厅 2023: a 督察 of others' compliance
            "部署道路交通安全和运输执法领域突出问题、行政机关履行法院生效裁判等专项督察。 | dispute.judgment_compliance",
            "中央生态环境保护督察反馈问题已全部整改销号。 | supervision.inspection_rectification",
            // 蜀山街道 2023: the 综合行政执法队's centre
            "在综合行政执法队改造并投入使用综合执法办案中心。 | police.case_handling_center",
            // 九龙坡区市场监管局 2023: between regions, not with 行业主管部门
            "加强川渝执法协作。 | comprehensive.coordination",
            // 临平区 2022: a notary service
            "完成杭州市首例“律师调解”+“赋权公证”。 | comprehensive.matter_list",
            // 嘉善县司法局 2021 and a problem overcome: not an admission that the rate is high
            "有效解决行政诉讼案件败诉率等一批薄弱问题。 | dispute.litigation_loss_high",
            "有效扭转了行政诉讼败诉率偏高的局面。 | dispute.litigation_loss_high",
            // 下陆区 2023: a law-study platform
            "组织辖区机关企事业单位人员运用湖北省智慧普法与依法治理云平台学法。 | digital.rule_of_law_platform",
            "组织学习《公平竞争审查条例》。 | normdoc.fair_competition_review",
            "全面推行一网通办。 | digital.rule_of_law_platform"})
    void notMistakenFor(String sentence, String key) {
        assertThat(extract("一、主要工作和成效\n" + sentence + "\n").facts()).doesNotContainKey(key);
    }

    /** A negative key is found in the shortcomings and in next year's plan; a key of work done is not. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "二、存在的问题\\n行政复议纠错率34.24%，执法质量有待提高。 | dispute.reconsideration_correction_rate | 34.24",
            "二、存在的不足和原因\\n一是行政诉讼败诉率偏高，高于全市平均水平。 | dispute.litigation_loss_high | 1",
            "二、2024年工作安排\\n针对目前行政诉讼败诉率仍然居高的问题，督促各单位组织专班。 | dispute.litigation_loss_high | 1",
            "下一步，针对行政复议纠错率达21%的问题，开展专项整治。 | dispute.reconsideration_correction_rate | 21"})
    void negativeKeysCountWhereverStated(String part, String key, double value) {
        Extraction e = extract("一、主要工作和成效\n全年开展工作。\n" + part.replace("\\n", "\n") + "\n");

        assertThat(e.facts()).containsKey(key);
        assertThat(e.facts().get(key).fact().number()).isEqualTo(value);
        assertThat(e.facts().get(key).section()).isNotEqualTo(SectionKind.ACHIEVEMENTS);
    }

    @ParameterizedTest(name = "not {1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "二、存在的问题\\n行政诉讼败诉率为15%，执法质量有待提高。 | dispute.litigation_loss_rate",
            "二、存在的问题\\n执法人员人均培训仅20学时。 | enforcement.training_hours",
            "二、2024年工作安排\\n力争行政复议纠错率降至10%。 | dispute.reconsideration_correction_rate"})
    void otherKeysAndIntentionsStayOutOfShortcomingsAndPlans(String part, String key) {
        assertThat(extract("一、主要工作和成效\n全年开展工作。\n" + part.replace("\\n", "\n") + "\n").facts())
                .doesNotContainKey(key);
    }

    @Test
    void onlyOutcomesTheReportAdmitsAreNegative() {
        assertThat(RuleHarness.CHECKLIST.indicators().values().stream().filter(Indicator::negative).map(Indicator::key))
                .containsExactlyInAnyOrder("dispute.litigation_loss_high", "dispute.reconsideration_correction_rate");
    }

    /** The fact of {@code key} that {@code sentence} states in an achievements part. */
    private static ReportFact workDone(String sentence, String key) {
        Extraction e = extract("一、主要工作和成效\n" + sentence + "\n");
        assertThat(e.facts()).containsKey(key);
        return e.facts().get(key).fact();
    }

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(ReportText.of("t.txt", "txt", text));
    }
}
