package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences as other published reports phrase them (from the research notes, not the seeds), each in
 * an achievements part: the fact and its value must be found. Full-width punctuation as published.
 */
class PhrasingVariantsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleHarness.CHECKLIST);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "2024年，铁岭行政机关负责人出庭应诉率达100%，做实“出庭又出声”。 | dispute.court_appearance_rate | 100",
            "2021年，我局行政负责人出庭应诉率100%。 | dispute.court_appearance_rate | 100",
            "全镇11个村社也都聘请律师担任法律顾问，覆盖率达100%。 | dispute.village_legal_adviser_coverage | 100",
            "全年领导班子会议学法8次。 | leadership.meeting_law_study | 1",
            "实现年度一次性述法全覆盖。 | leadership.shufa_full_coverage | 1",
            "全局实现参考率、通过率和优秀率100%。 | leadership.law_exam_participation_rate | 100",
            "筛选出4项决策事项，拟定2021年度重大行政决策事项目录。 | decision.major_decision_catalog | 1",
            "全年共审查区级党政规范性文件24件，提出法律意见76条。 | decision.legality_review | 1",
            "陶庄镇每个自然村都培养了法律明白人，培育‘法律明白人’100名。 | society.legal_literates | 100",
            "培育“法治带头人”“法律明白人”100名。 | society.legal_literates | 100",
            "受理率、反馈回复率均达100%，12345热线办结率99.2%。 | oversight.hotline_completion_rate | 99.2",
            "全年排查调处矛盾纠纷1234件，调处成功1200件，成功率97.2%。 | dispute.mediation_success_rate | 97.2",
            "全年排查调处矛盾纠纷1234件，调处成功1200件，成功率97.2%。 | dispute.mediation_cases | 1234",
            "制定了2023年度法治政府建设工作要点，明确任务分工。 | leadership.annual_plan | 1",
            "新收行政复议案件52件，审结48件。 | dispute.reconsideration_cases | 52",
            "行政诉讼案件应诉65件，败诉0件。 | dispute.litigation_cases | 65",
            "现有公职律师12名。 | decision.public_lawyers | 12",
            "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。 | enforcement.legal_review | 1",
            "开展普法活动120余场。 | society.publicity_events | 120",
            "主动公开政府信息1.2万条。 | oversight.gov_info_disclosed | 12000",
            "全年共办理法律援助案件三百二十件。 | dispute.legal_aid_cases | 320",
            // the on-time rate is the rate evaluators read as the hotline's 办结率 (the seeds' verdicts)
            "对“12345市长热线”转办件及时处理按时办结率95%。 | oversight.hotline_completion_rate | 95",
            // parts of one kind are one count (vocabulary rule 7)
            "认真办理县人大代表建议152件、县政协提案120件。 | oversight.proposals_handled | 272",
            "创建全国民主法治示范村1个、市级民主法治示范村2个。 | society.model_villages | 3",
            "全年共审查行政机关合同178件、党政规范性文件1件、其他事项48件。 | decision.legality_reviews | 227",
            // held-out reports read in session 8 (柳城县 2023, 岳阳市 2025, 四川省 2022, 丹东街道 2021, 虹桥街道 2021,
            // 蔡家桥镇 2023, 周溪乡 2024, 三都镇 2025, 金华市教育局 2023)
            "全县所有符合述法对象的个人通过书面述法、现场述法和专题述法达到“应述尽述”。 | leadership.shufa_full_coverage | 1",
            "全年审查行政规范性文件、政府合同、会议纪要等270份。 | decision.legality_reviews | 270",
            "印发法治政府建设年度重点工作安排。 | leadership.annual_plan | 1",
            "主动公开人事、财政、政务等各类信息118条。 | oversight.gov_info_disclosed | 118",
            "严格执行“三重一大”集体决策、行政执法“三项制度”。 | enforcement.full_record | 1",
            "正科级以上干部宪法法律知识测试,参考率和通过率实现“双百”。 | leadership.law_exam_participation_rate | 100",
            "政府职工全员参与法治考试。 | leadership.law_exam_participation_rate | 100",
            "开展法治宣传“六进”活动32场次。 | society.publicity_events | 32",
            "组织局党组会学习《中华人民共和国反垄断法》《公平竞争审查制度实施细则》等法律法规。 | leadership.meeting_law_study | 1",
            // held-out reports of session 8's second set (民政局 天津 2021, 建筑新村街道 2024, 中都街道 2024)
            "向市政府报备行政规范性文件3件。 | normdoc.filed | 1",
            "巩固完善行政执法全过程的记录制度。 | enforcement.full_record | 1",
            "全街道14个社区、5个行政村都分别聘请了法律顾问。 | dispute.village_legal_adviser_coverage | 100",
            "全年出具审查意见书7份。 | decision.legality_reviews | 7",
            // the documents still in force (存量) are no reviews of the year: 6, not 6 + 25
            "全年审查规范性文件、合同等6件,存量25件。 | decision.legality_reviews | 6",
            // session 9: forms of held-out sets 1–5 the patterns missed (source named above each)
            // 呼兰区 2023
            "累计发布政府规范性文件4件,及时向市政府和区人大报送备案。 | normdoc.filed | 1",
            // 开阳县 2023
            "通过县委常委会、县政府常务会、县委理论学习中心组集中学习习近平法治思想和相关法律法规4次。 | leadership.meeting_law_study | 1",
            // 红寺堡镇 2024
            "将习近平法治思想和国家现行法律法规作为党委理论学习中心组学习、党委会议“会前学习一刻钟”常学议题。 | leadership.meeting_law_study | 1",
            // 横县 2020
            "县委中心组分别开展4次习近平总书记全面依法治国新理念新思想新战略专题学习。 | leadership.xi_thought_study | 1",
            // 控江路街道 2022
            "自觉接受人大监督和政协民主监督,按期办妥政协委员提案5件。 | oversight.proposals_handled | 5",
            // 新华乡 2025, 庆隆镇 2020
            "2025年新华乡全乡共27人持有行政执法证。 | enforcement.certified_officers | 27",
            "组织相应办所机关干部开展行政执法考试,目前全镇8名干部取得执法资格。 | enforcement.certified_officers | 8",
            // 上海市市场监督管理局 2024
            "《上海市市场监管领域不予行政处罚和减轻行政处罚实施办法》在2024年提升全市行政规范性文件质量。 | enforcement.lenient_enforcement | 1",
            // 陕西省人民政府办公厅 2021
            "制作12·4宪法日宣传展板,邀请厅法律顾问开展《民法典》机关大讲堂。 | decision.legal_adviser | 1",
            // 沈阳市 2021
            "举办“12·4”宪法宣传周、民法典宣传月等各类活动7000余场。 | society.publicity_events | 7000",
            // 鲍沟镇 2025 (rule 7: the parts are summed)
            "全年出台党委文件31个、政府文件14个,均经过合法性前置审查。 | decision.legality_reviews | 45",
            // held-out sets 4 and 5: 兴江乡 2024, 七里街道 2021, 江门市农业农村局 2024 (traditional), 塘栖镇 2024,
            // 罗子山瑶族乡 2025, 陵川县教育局 2025, 湖南省农业农村厅 2023, 郑州市 2022 (traditional, pinyin left in)
            "把法治思想作为领导干部理论学习的重点内容。 | leadership.xi_thought_study | 1",
            "组织街道全体公职人员开展学法考试,参与率100%,合格率100%。 | leadership.law_exam_participation_rate | 100",
            "充分发挥法律顾问的作用,在重大事项决策中把好法律关。 | decision.legal_adviser | 1",
            "局領導班子、主要領導及領導班子成員都進行了年度述職述廉述法。 | leadership.shufa_full_coverage | 1",
            "全年对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件,覆盖率达100%。 | decision.legality_reviews | 1090",
            "构建司法所牵头,党政办、综合执法队、镇聘法律顾问协同联动的“三位一体”审查机制。 | decision.legal_adviser | 1",
            "其中,行政规范性文件审查2件,重大行政执法决定审查10件,其他事项审查1件。 | enforcement.legal_review | 1",
            "修订《乡级重大行政决策事项清单》。 | decision.major_decision_catalog | 1",
            "办结相关建议11件,提案11件,满意率100%。 | oversight.proposals_handled | 22",
            "在厅党组会上带头学习党的二十大精神、习近平法治思想、“一规划两纲要”、宪法、涉农法律。 | leadership.meeting_law_study | 1",
            // held-out set 6: 龙湾区 2023, 吴起县 2021, 上城区市场监管局 2023, 四季青街道 2023
            "一是加强宣贯重示范。加大习近平法治思想宣贯力度,专题学习。 | leadership.xi_thought_study | 1",
            "全市率先启动“视频述法”模式,科级干部述法率 100%。 | leadership.shufa_full_coverage | 1",
            "深入学习贯彻党的十九大和十九届三中、四中、五中、六中全会精神和习近平法治思想。 | leadership.xi_thought_study | 1",
            "局党委会多次召开会议,传达学习习近平总书记重要法治思想及依法治国理念。 | leadership.xi_thought_study | 1",
            "通过街道理论中心组、班子会等载体开展专题学法4次。 | leadership.meeting_law_study | 1",
            // held-out set 7: 白沙路街道 2020, 六郎镇 2024
            "为困难群众提供有效的法律援助共计10余次。 | dispute.legal_aid_cases | 10",
            "围绕民法典、反电诈等主题开展专项宣传活动3次。 | society.publicity_events | 3",
            "重大合同均由司法所和法律顾问双审核把关。 | decision.legal_adviser | 1",
            // held-out set 8: 公义镇 2021, 大吉山镇 2022, 仁和镇 2024, 环翠区卫生健康局 2025
            "充分发挥镇、村(社区)法律顾问作用。 | decision.legal_adviser | 1",
            "深入落实习近平法治思想。 | leadership.xi_thought_study | 1",
            "严格落实政法、司法部门及法律顾问联合论证制度。 | decision.legal_adviser | 1",
            "健全三级法制审核机制。 | enforcement.legal_review | 1",
            // held-out set 9: 长葛市 2023, 乌审旗 2024, 洛江区 2025, 建湖县教育局 2024
            "编制公开重大决策目录清单事项4件。 | decision.major_decision_catalog | 1",
            "法律顾问审核各类合同6件,重大行政执法决定62件。 | enforcement.legal_review | 1",
            "制定年度法治政府建设计划。 | leadership.annual_plan | 1",
            "在区政府常务会议开展“在法治轨道上推动民营经济持续健康高质量发展”专题学法。 | leadership.meeting_law_study | 1",
            "全年组织局机关干部参加国家工作人员学法用法培训考试,参与率、合格率均达100%。 | leadership.law_exam_participation_rate | 100",
            // held-out set 10: 临湘市 2025, 黎侯镇 2025, 温岭市住房和城乡建设局 2021
            "全部参与如法网学习考核,参学率、达标率达100%。 | leadership.law_exam_participation_rate | 100",
            "围绕习近平法治思想、宪法、民法典等法律法规组织专题学习8次。 | leadership.xi_thought_study | 1",
            "组织开展各类宣传活动10余次。 | society.publicity_events | 10",
            "完善规范性文件修改、废止和定期清理制度,及时清理废止、失效文件。 | normdoc.cleanup | 1",
            // held-out set 11: 长沙县司法局 2020, 宜春市公安局 2023
            "严格落实规范性文件统一登记、统一编号、统一印发,执行“三统一”及备案“三率”100%。 | normdoc.filed | 1",
            "全局共有4名法律顾问、20名公职律师。 | decision.public_lawyers | 20",
            // held-out sets 12 and 13: 郁南县自然资源局 2023, 梅仙镇 2025, 巴中市司法局 2021, 沁水县退役军人事务局 2025
            "坚持依法决策,发挥法律顾问职责作用。 | decision.legal_adviser | 1",
            "及时公开涉农资金分配、惠民政策落实、重点项目进展等事项信息15条。 | oversight.gov_info_disclosed | 15",
            "坚决把好政府政策、决策法治关,共审查市级各类文件365份,其中重大招商引资合同32份。 | decision.legality_reviews | 365",
            "组织我局法律顾问赴驻沁部队开展宪法及相关法律法规宣讲。 | decision.legal_adviser | 1",
            "2023年涉及我局行政复议案件4宗,县人民政府维持我局决定3宗,未有复议结果1宗。 | dispute.reconsideration_cases | 4",
            "推行“承办单位初审+司法行政部门复核+法律顾问论证”三级审查模式。 | decision.legal_adviser | 1",
            // held-out set 14: 鹤岗市 2025, 徐圩乡 2023, 南星街道 2022
            "全覆盖开展各级党政主要负责人年终述法。 | leadership.shufa_full_coverage | 1",
            "党政主要领导坚持会前带头学法制度。 | leadership.meeting_law_study | 1",
            "街道领导及时出庭应诉,应诉率达100%。 | dispute.court_appearance_rate | 100",
            "各级政府常务会议全年至少举办法治专题讲座2期以上。 | leadership.meeting_law_study | 1"})
    void foundAsPublished(String sentence, String key, double value) {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n" + sentence + "\n"));

        assertThat(e.facts()).containsKey(key);
        ReportFact fact = e.facts().get(key).fact();
        assertThat(fact.number()).isEqualTo(value);
        assertThat(sentence).contains(fact.quote());
    }

    /** Phrasings made up for this test, not taken from any report: each new pattern's general form. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "局党组专题研讨习近平法治思想3次。 | leadership.xi_thought_study | 1",
            "组织干部深入学习领会习近平法治思想。 | leadership.xi_thought_study | 1",
            "印发年度依法治县工作要点。 | leadership.annual_plan | 1",
            "制定本局法治政府建设年度工作计划。 | leadership.annual_plan | 1",
            "本级机关均配备了法律顾问。 | decision.legal_adviser | 1",
            "法律顾问团参与重大决策论证12次。 | decision.legal_adviser | 1",
            "县政府常务会议全年学法6次。 | leadership.meeting_law_study | 1",
            "把宪法学习列为党组会议的重要内容。 | leadership.meeting_law_study | 1",
            "行政机关负责人98%出庭应诉。 | dispute.court_appearance_rate | 98",
            "全年共审查规范性文件12件、行政合同30件。 | decision.legality_reviews | 42",
            "完成5件规范性文件和20件重大合同合法性审查。 | decision.legality_reviews | 25",
            "某某村获评省级民主法治示范村。 | society.model_villages | 1",
            "开展30场宪法宣传活动。 | society.publicity_events | 30",
            "坚持有件必备、有备必审。 | normdoc.filed | 1",
            "重大行政执法决定一律经法制审核后作出。 | enforcement.legal_review | 1",
            "党政主要负责人年终述法实现乡镇全覆盖。 | leadership.shufa_full_coverage | 1",
            // a second made-up phrasing for every other pattern this change added
            "把习近平法治思想列入干部教育培训必修课。 | leadership.xi_thought_study | 1",
            "镇党委会议开展法治专题讲座4次。 | leadership.meeting_law_study | 1",
            "县政府常务会议法治专题讲座每季度一次。 | leadership.meeting_law_study | 1",
            "各部门主要负责人述法做到全覆盖。 | leadership.shufa_full_coverage | 1",
            "编制并公布年度决策事项目录。 | decision.major_decision_catalog | 1",
            "局机关续聘两名律师担任局法律顾问。 | decision.legal_adviser | 1",
            "全局共有公职律师5人。 | decision.public_lawyers | 5",
            "公职律师队伍增至8名。 | decision.public_lawyers | 8",
            "规范性文件做到有件必备、有备必审、有错必纠。 | normdoc.filed | 1",
            "健全法制审核机制，重大执法决定全部经过审核。 | enforcement.legal_review | 1",
            "主要负责人100%出庭应诉。 | dispute.court_appearance_rate | 100",
            "办结法律援助案件56件。 | dispute.legal_aid_cases | 56",
            "承办法律援助案件一百二十宗。 | dispute.legal_aid_cases | 120",
            "热线工单按期办结率达98.5%。 | oversight.hotline_completion_rate | 98.5",
            "办理人大代表建议和政协提案45件。 | oversight.proposals_handled | 45",
            "办理代表建议20件、政协委员提案15件。 | oversight.proposals_handled | 35",
            "举办12场宪法宣传进社区活动。 | society.publicity_events | 12",
            "新增省级民主法治示范村(社区)3个。 | society.model_villages | 3",
            "城南社区获评市级民主法治示范社区。 | society.model_villages | 1",
            "妥善做好行政应诉工作。 | dispute.litigation | 1",
            "依法处理行政诉讼案件。 | dispute.litigation | 1",
            "深化人民调解工作。 | dispute.mediation | 1",
            "及时调处各类矛盾纠纷。 | dispute.mediation | 1",
            "开展法律明白人骨干培训2期。 | society.legal_literate_training | 1",
            "组织法律明白人集中轮训。 | society.legal_literate_training | 1",
            // made up, session 8: each new form of a pattern
            "镇党政班子成员述法实现应述尽述。 | leadership.shufa_full_coverage | 1",
            "累计审核重大决策、行政协议等45件。 | decision.legality_reviews | 45",
            "制定并印发全区法治政府建设重点工作安排。 | leadership.annual_plan | 1",
            "主动公开财政预决算、重大项目等信息356条。 | oversight.gov_info_disclosed | 356",
            "全面执行重大执法决定法制审核等“三项制度”。 | enforcement.legal_review | 1",
            "机关干部学法考试参考率、合格率均达“双百”。 | leadership.law_exam_participation_rate | 100",
            "局机关全员参加宪法知识测试。 | leadership.law_exam_participation_rate | 100",
            "开展普法“八五”宣传活动15场。 | society.publicity_events | 15",
            "县政府常务会议学习《中华人民共和国行政复议法》。 | leadership.meeting_law_study | 1",
            "及时向区政府报备规范性文件2件。 | normdoc.filed | 1",
            "全镇所有行政村均已配备法律顾问。 | dispute.village_legal_adviser_coverage | 100",
            "对重大合同出具合法性审核意见书12份。 | decision.legality_reviews | 12",
            // session 9
            "新制定行政规范性文件3件,均按时向县人大常委会备案。 | normdoc.filed | 1",
            "局党组会议集中学习相关法律法规6次。 | leadership.meeting_law_study | 1",
            "把宪法和法律列入镇党委会议学习内容。 | leadership.meeting_law_study | 1",
            "组织学习习近平总书记关于全面依法治国的重要论述。 | leadership.xi_thought_study | 1",
            "全年办结人大代表建议12件。 | oversight.proposals_handled | 12",
            "全局42名执法人员持有行政执法证件。 | enforcement.certified_officers | 42",
            "推行首违不罚。 | enforcement.lenient_enforcement | 1",
            "制定不予行政处罚事项清单。 | enforcement.lenient_enforcement | 1",
            "重大事项均邀请法律顾问参与论证。 | decision.legal_adviser | 1",
            "开展宪法进万家、民法典进社区等系列活动60场次。 | society.publicity_events | 60",
            "制发规范性文件5件和行政合同8份,全部进行合法性审查。 | decision.legality_reviews | 13",
            "将法治思想纳入干部教育培训内容。 | leadership.xi_thought_study | 1",
            "组织全局干部参加法律知识测试,参加率98%。 | leadership.law_exam_participation_rate | 98",
            "班子成员全部在年终述职时述法。 | leadership.shufa_full_coverage | 1",
            "对各类合同和规范性文件进行合法性审查56件。 | decision.legality_reviews | 56",
            "街道聘请的法律顾问列席主任办公会。 | decision.legal_adviser | 1",
            "编制重大行政决策事项清单。 | decision.major_decision_catalog | 1",
            "答复代表建议6件、政协提案4件。 | oversight.proposals_handled | 10",
            "党委会议专题学习宪法。 | leadership.meeting_law_study | 1",
            "全面推行行政執(zhí)法公示制度。 | enforcement.publicity | 1",
            "领导干部述法覆盖率达100%。 | leadership.shufa_full_coverage | 1",
            "组织干部学习贯彻宪法、民法典和习近平法治思想。 | leadership.xi_thought_study | 1",
            "依托常务会等平台集中学法6次。 | leadership.meeting_law_study | 1",
            "全年为群众办理法律援助28件。 | dispute.legal_aid_cases | 28",
            "组织国家安全集中宣传活动5场。 | society.publicity_events | 5",
            "重大决策事项经法律顾问论证后提交会议审议。 | decision.legal_adviser | 1",
            "街道和村居两级法律顾问全部到位。 | decision.legal_adviser | 1",
            "建立法律顾问审核机制。 | decision.legal_adviser | 1",
            "落实重大执法决定法制审核机制。 | enforcement.legal_review | 1",
            "及时公布重大行政决策目录。 | decision.major_decision_catalog | 1",
            "全年审查重大行政执法决定15件。 | enforcement.legal_review | 1",
            "在局党组会上举办民法典专题学法。 | leadership.meeting_law_study | 1",
            "组织全员参加法治理论考试,参加率、优秀率均为100%。 | leadership.law_exam_participation_rate | 100",
            "学法平台参学率100%。 | leadership.law_exam_participation_rate | 100",
            "局机关组织开展各类普法宣传活动25场。 | society.publicity_events | 25",
            "对规范性文件实行定期清理制度。 | normdoc.cleanup | 1",
            "全年制定规范性文件2件,审查、报备率均达100%。 | normdoc.filed | 1",
            "规范性文件备案及时率100%。 | normdoc.filed | 1",
            "聘请3名法律顾问、配备12名公职律师。 | decision.public_lawyers | 12",
            "充分发挥政府法律顾问职责作用,为重大决策提供法律意见。 | decision.legal_adviser | 1",
            "合同均经本单位法律顾问审查后签订。 | decision.legal_adviser | 1",
            "依托门户网站公开财政预决算、招投标等各类信息86条。 | oversight.gov_info_disclosed | 86",
            "通过村务公开栏公开低保、救助等民生信息120余条。 | oversight.gov_info_disclosed | 120",
            "把牢合法性关,全年审核各类合同协议58份。 | decision.legality_reviews | 58",
            "严格把好法律关,共审查各类文件120件。 | decision.legality_reviews | 120",
            "本局行政诉讼案件3件,均已依法应诉。 | dispute.litigation_cases | 3",
            "建立“科室初审、法律顾问审核”两级把关机制。 | decision.legal_adviser | 1",
            "实行合同“法律顾问审查+集体研究”模式。 | decision.legal_adviser | 1",
            "全覆盖组织局领导班子成员述法。 | leadership.shufa_full_coverage | 1",
            "落实班子成员会前带头学法。 | leadership.meeting_law_study | 1",
            "行政机关负责人出庭应诉,应诉率为98.5%。 | dispute.court_appearance_rate | 98.5",
            "区政府常务会议先后举办法治专题讲座3期。 | leadership.meeting_law_study | 1",
            "县政府常务会议会前安排法治专题讲座4次。 | leadership.meeting_law_study | 1",
            "律师发挥法律顾问职责作用,审查合同12份。 | decision.legal_adviser | 1"})
    void madeUpPhrasings(String sentence, String key, double value) {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n" + sentence + "\n"));

        assertThat(e.facts()).containsKey(key);
        Object found = e.facts().get(key).fact().value();
        assertThat(found instanceof Boolean ? 1.0 : ((Number) found).doubleValue()).isEqualTo(value);
    }

    /** The same things as a plan, a shortcoming and a leader's instruction: none is work done. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "二、2025年工作安排\\n全年共审查规范性文件12件、行政合同30件,深入学习领会习近平法治思想。",
            "二、存在的问题\\n习近平法治思想学习还不够深入,行政机关负责人98%出庭应诉未达要求。",
            "(三)区长作出部署\\n区长要求,要深入学习贯彻习近平法治思想,必须做到重大行政执法决定法制审核全覆盖。",
            "(三)主要负责同志讲话\\n各部门主要负责同志要带头述法,领导干部必须带头学法,各单位要聘请法律顾问。",
            "二、下一步工作计划\\n办结法律援助案件56件,办理人大代表建议和政协提案45件,举办12场宪法宣传,公职律师增至8名。",
            "二、存在的不足\\n法律援助案件办理56件仍偏少,热线工单按期办结率仅98.5%,人民调解作用发挥不够,行政应诉能力不足。",
            "(三)县长部署\\n县长要求,要深化人民调解,必须做好行政应诉,要把习近平法治思想列入干部培训必修课,要开展法律明白人培训。",
            "二、2025年工作安排\\n镇党委会议每季度开展一次法治专题讲座。",
            "二、存在的问题\\n街道党工委会议法治专题讲座开展不够经常。",
            "(三)书记作出部署\\n书记要求,党委会议要把法治专题讲座作为固定议题,必须做到每季度一次。"})
    void plansShortcomingsAndInstructionsAreNotWorkDone(String part) {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n全年开展工作。\n"
                + part.replace("\\n", "\n") + "\n四、下一步工作安排\n继续推进。\n"));

        assertThat(e.facts()).doesNotContainKeys("decision.legality_reviews", "leadership.xi_thought_study",
                "dispute.court_appearance_rate", "enforcement.legal_review", "leadership.meeting_law_study",
                "decision.legal_adviser", "report.first_responsible", "dispute.legal_aid_cases", "oversight.proposals_handled",
                "society.publicity_events", "decision.public_lawyers", "oversight.hotline_completion_rate", "dispute.mediation",
                "dispute.litigation", "society.legal_literate_training");
    }

    @ParameterizedTest(name = "not {1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "行政机关负责人出庭应诉率同比提高5个百分点。 | dispute.court_appearance_rate",
            "全局执法人员持证比例98%以上，新进人员执法资格证参考率100%。 | leadership.law_exam_participation_rate",
            "完成党的规范性文件备案3件。 | normdoc.filed",
            "共增加持有执法证69人。 | enforcement.certified_officers",
            "全年共化解矛盾纠纷11余起。 | dispute.mediation_cases",
            // intentions and instructions are not work done, wherever they stand
            "区长要求:必须强化行政负责人出庭制度。 | dispute.court_appearance",
            "要求各部门严格落实行政执法公示制度。 | enforcement.publicity",
            "力争实现一村(社区)一法律顾问全覆盖。 | dispute.village_legal_adviser_coverage",
            "我区将进一步推行柔性执法。 | enforcement.lenient_enforcement",
            // another place's plan is not the unit's
            "认真落实《清城区2022年法治政府建设工作要点》。 | leadership.annual_plan",
            "镇11个村社聘请律师担任法律顾问。 | decision.legal_adviser",
            "研究部署法治政府建设工作计划。 | leadership.annual_plan",
            "通过理论学习中心组集中学习法律法规。 | leadership.meeting_law_study",
            // session 8: a goal or a plan is not a result; a meeting that studied a plan did not study a law
            "要确保参考率和通过率实现“双百”。 | leadership.law_exam_participation_rate",
            "下一步，将组织全员参加学法考试。 | leadership.law_exam_participation_rate",
            "党组会议研究了学习计划。 | leadership.meeting_law_study",
            "审议通过新时代法治人才培养规划。 | leadership.annual_plan",
            "部分村尚未聘请法律顾问。 | dispute.village_legal_adviser_coverage",
            "向市委报备党内规范性文件4件。 | normdoc.filed",
            "每个自然村都培养了2名法律明白人。 | society.legal_literates",
            "每个村每月开展普法活动2场。 | society.publicity_events",
            "新增12人取得执法资格。 | enforcement.certified_officers",
            "党内规范性文件3件均向县委报送备案。 | normdoc.filed",
            "邀请村法律顾问为群众解答问题。 | decision.legal_adviser",
            // another body's document (中共中央、国务院印发的《法治政府建设实施纲要》, 黄泥塘镇 2022); awards are no reviews
            "全市2卷農業行政執法案卷被農業農村部評為優秀案卷。 | enforcement.case_file_reviews",
            "1卷行政执法案卷被市依法行政工作联席会议办公室评为优秀案卷。 | enforcement.case_file_reviews",
            "充分发挥村法律顾问作用。 | decision.legal_adviser",
            "部分领导干部述法流于形式。 | leadership.shufa_full_coverage",
            "开展法律援助宣传活动10次。 | dispute.legal_aid_cases",
            "全面落实规范性文件法制审核制度。 | enforcement.legal_review",
            "严格执行合同法制审核制度。 | enforcement.legal_review",
            // a count of another list item is not the count of public lawyers
            "配备5名法律顾问、公职律师若干。 | decision.public_lawyers",
            // requested disclosure is not active disclosure; a village's adviser is not the unit's
            "受理依申请公开政府信息等事项信息12条。 | oversight.gov_info_disclosed",
            "发挥村法律顾问职责作用。 | decision.legal_adviser",
            "把好法治关,审查合同时发现问题12件。 | decision.legality_reviews",
            "县交通局下属执法大队行政复议案件2件。 | dispute.reconsideration_cases",
            "推行“村法律顾问审核+村民代表表决”机制。 | decision.legal_adviser",
            // an answering rate is not an appearance rate without 出庭 before it
            "行政诉讼案件应诉率100%。 | dispute.court_appearance_rate"})
    void notMistakenFor(String sentence, String key) {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n" + sentence + "\n"));

        assertThat(e.facts()).doesNotContainKey(key);
    }

    /** Session 8's new forms, as next year's plan, as a shortcoming, and as a leader's 要…必须…: none is work done. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "leadership.shufa_full_coverage | 述法做到应述尽述。 | 述法未做到应述尽述。 | 要求述法必须做到应述尽述。",
            "decision.legality_reviews | 全年审查行政规范性文件、合同等50份。 | 全年审查规范性文件、合同等仅8份,审查力量不足。 | 要求全年审查文件、合同等必须不少于50份。",
            "leadership.annual_plan | 印发法治政府建设年度重点工作安排。 | 未及时印发法治政府建设年度重点工作安排。 | 要求各部门必须印发法治政府建设重点工作安排。",
            "oversight.gov_info_disclosed | 主动公开人事、财政等各类信息200条。 | 主动公开人事、财政等各类信息仅50条。 | 要求主动公开人事、财政等各类信息必须不少于200条。",
            "enforcement.full_record | 严格执行行政执法“三项制度”。 | 严格执行行政执法“三项制度”仍有差距。 | 要求各执法单位必须严格执行行政执法“三项制度”。",
            "leadership.law_exam_participation_rate | 参考率和通过率实现“双百”。 | 参考率和通过率未实现“双百”。 | 要确保参考率和通过率实现“双百”。",
            "society.publicity_events | 开展法治宣传“六进”活动30场次。 | 开展法治宣传“六进”活动仅10场次,覆盖面不广。 | 要求开展法治宣传“六进”活动必须达到30场次。",
            "leadership.meeting_law_study | 党组会学习《中华人民共和国行政处罚法》。 | 党组会学习《中华人民共和国行政处罚法》不够经常。 | 要求党组会必须学习《中华人民共和国行政处罚法》。",
            "normdoc.filed | 向区政府报备行政规范性文件2件。 | 个别部门向区政府报备行政规范性文件不及时。 | 要求各部门必须向区政府报备行政规范性文件。",
            "dispute.village_legal_adviser_coverage | 全镇所有村都聘请了法律顾问。 | 全镇所有村都聘请了法律顾问但作用发挥不够。 | 要求全镇所有村都必须聘请法律顾问。",
            "decision.legality_reviews | 出具合法性审查意见书20份。 | 出具审查意见书仅5份。 | 要求必须出具审查意见书。",
            // session 9
            "normdoc.filed | 发布规范性文件4件,及时向市政府和区人大报送备案。 | 规范性文件未及时向区人大报送备案。 | 要求规范性文件必须向区人大报送备案。",
            "leadership.meeting_law_study | 县政府常务会集中学习相关法律法规4次。 | 县政府常务会学习相关法律法规不够经常。 | 要求县政府常务会必须学习相关法律法规。",
            "oversight.proposals_handled | 按期办妥政协委员提案5件。 | 办妥政协委员提案5件,仍有2件未按期办结。 | 要求按期办妥政协委员提案5件。",
            "enforcement.certified_officers | 全乡共27人持有行政执法证。 | 全乡仅27人持有行政执法证,执法力量不足。 | 要求全乡27人必须持有行政执法证。",
            "enforcement.lenient_enforcement | 制定不予行政处罚事项清单。 | 不予行政处罚事项清单尚未制定。 | 要求必须制定不予行政处罚事项清单。",
            "decision.legality_reviews | 出台党委文件31个、政府文件14个,均经过合法性审查。 | 出台文件31个、14个,均经过合法性审查但质量不高。 | 要求出台文件31个、14个,均必须经过合法性审查。",
            "society.publicity_events | 举办宪法宣传周等各类活动70场。 | 举办宪法宣传周等各类活动仅70场,覆盖面不广。 | 要求举办宪法宣传周等各类活动必须达到70场。",
            "leadership.shufa_full_coverage | 领导班子成员都进行了述法。 | 领导班子成员都进行了述法但质量不高。 | 要求领导班子成员都必须述法。",
            "decision.legality_reviews | 对规范性文件和合同开展合法性审查50件。 | 对规范性文件和合同开展合法性审查仅50件,审查力量不足。 | 要求对规范性文件和合同开展审查必须不少于50件。",
            "oversight.proposals_handled | 办结建议11件,提案11件。 | 办结建议11件,提案11件,但质量有待提升。 | 要求办结建议11件,提案11件。",
            "decision.major_decision_catalog | 修订重大行政决策事项清单。 | 重大行政决策事项清单尚未修订。 | 要求必须修订重大行政决策事项清单。",
            "leadership.shufa_full_coverage | 科级干部述法率100%。 | 科级干部述法率未达100%。 | 要求科级干部述法率必须达到100%。",
            "leadership.meeting_law_study | 通过班子会等载体开展专题学法4次。 | 班子会等载体学法次数偏少。 | 要求通过班子会等载体必须开展专题学法。",
            "dispute.legal_aid_cases | 提供法律援助共计10余次。 | 提供法律援助仅10余次,覆盖面不广。 | 要求提供法律援助必须不少于10次。",
            "leadership.xi_thought_study | 深入落实习近平法治思想。 | 落实习近平法治思想还不够深入。 | 要求必须深入落实习近平法治思想。",
            "decision.legal_adviser | 落实法律顾问联合论证制度。 | 法律顾问联合论证制度落实不到位。 | 要求必须落实法律顾问联合论证制度。",
            // session 10
            "normdoc.filed | 规范性文件备案“三率”100%。 | 规范性文件备案“三率”未达100%。 | 要求规范性文件备案“三率”必须达到100%。",
            "decision.public_lawyers | 配备4名法律顾问、20名公职律师。 | 仅有20名公职律师,力量不足。 | 要求必须配备20名公职律师。",
            "enforcement.legal_review | 健全三级法制审核机制。 | 三级法制审核机制尚不健全。 | 要求必须健全三级法制审核机制。",
            "normdoc.cleanup | 对规范性文件实行定期清理制度。 | 规范性文件定期清理制度执行不严。 | 要求对规范性文件必须实行定期清理制度。",
            "leadership.law_exam_participation_rate | 学法平台参学率100%。 | 学法平台参学率未达100%。 | 要求学法平台参学率必须达到100%。",
            "leadership.annual_plan | 制定年度法治政府建设计划。 | 未及时制定年度法治政府建设计划。 | 要求各单位必须制定年度法治政府建设计划。",
            "society.publicity_events | 组织开展各类宣传活动10余次。 | 组织开展各类宣传活动仅10余次。 | 要求组织开展各类宣传活动必须达到10次。",
            // session 11
            "decision.legal_adviser | 组织我局法律顾问开展宣讲。 | 我局法律顾问作用发挥不充分。 | 要求必须组织我局法律顾问开展宣讲。",
            "oversight.gov_info_disclosed | 公开涉农资金、惠民政策等事项信息15条。 | 公开涉农资金、惠民政策等事项信息仅15条。 | 要求公开涉农资金、惠民政策等事项信息必须不少于15条。",
            "leadership.shufa_full_coverage | 全覆盖开展党政主要负责人述法。 | 全覆盖开展党政主要负责人述法尚有差距。 | 要求必须全覆盖开展党政主要负责人述法。",
            "leadership.meeting_law_study | 坚持会前带头学法制度。 | 会前带头学法制度坚持不够。 | 要求必须坚持会前带头学法制度。",
            "dispute.court_appearance_rate | 领导出庭应诉,应诉率达100%。 | 领导出庭应诉,应诉率仅80%。 | 要求领导出庭应诉,应诉率必须达到100%。",
            "leadership.meeting_law_study | 政府常务会议全年举办法治专题讲座2期。 | 政府常务会议举办法治专题讲座偏少。 | 要求政府常务会议必须举办法治专题讲座。",
            "decision.legal_adviser | 发挥法律顾问职责作用。 | 法律顾问职责作用发挥不充分。 | 要求必须发挥法律顾问职责作用。",
            "decision.legal_adviser | 推行“法律顾问论证”三级审查模式。 | “法律顾问论证”三级审查模式执行不到位。 | 要求必须推行“法律顾问论证”三级审查模式。",
            "dispute.reconsideration_cases | 涉及我局行政复议案件4宗。 | 涉及我局行政复议案件4宗,反映执法还不够规范。 | 要求减少涉及我局行政复议案件。",
            "decision.legality_reviews | 把好决策法治关,共审查各类文件365份。 | 把好决策法治关,共审查各类文件仅36份,力量不足。 | 要求把好决策法治关,审查各类文件必须不少于365份。"})
    void sessionEightFormsAreNotWorkDoneInAPlanAShortcomingOrAnInstruction(String key, String plan, String shortcoming,
                                                                           String instruction) {
        for (String part : List.of("二、2025年工作安排\n" + plan, "二、存在的问题\n" + shortcoming,
                "(三)县长作出部署\n县长指出,新的一年" + instruction)) {
            Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n全年开展工作。\n" + part
                    + "\n四、下一步工作安排\n继续推进。\n"));

            assertThat(e.facts()).as(part).doesNotContainKey(key);
        }
    }

    /**
     * A plan counts when it is the unit's own: named for it or its system (有庆镇 2020, 合川区司法局 2024, 许昌市农业农村局
     * 2024, 郑州市 2022, 广元市人社局 2023, 湖南省农业农村厅 2023; 某某 rows made up), not another place's or another body's.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "有庆镇2020年法治政府建设情况报告 | 镇党委会议研究2020年有庆镇法治政府建设工作要点。 | true",
            "合川区司法局2024年法治政府建设情况报告 | 印发《合川区司法局贯彻落实〈重庆市法治政府建设指标体系〉任务分工方案》。 | true",
            "许昌市农业农村局2024年法治政府建设情况报告 | 印发了《许昌市农业农村系统2024年度法治政府建设工作安排》。 | true",
            "某某县交通运输局2023年法治政府建设情况报告 | 印发《某某县交通运输系统2023年法治政府建设工作要点》。 | true",
            // traditional script with the converter's pinyin left in (郑州市 2022)
            "鄭州市人民政府關於2022年度法治政府建設情況的報告 | 制定《鄭州市法治政府建設實(shí)施方案(2021—2025年)》。 | true",
            "广元市人力资源和社会保障局2023年法治政府建设情况报告 | 制定《2023年全市人力资源社会保障法治建设暨普法工作要点》。 | true",
            "湖南省农业农村厅2023年法治政府建设情况报告 | 制发《2023年全省农业农村法治工作要点》。 | true",
            // 广东省 2019 (traditional, pinyin left in)
            "广东省人民政府关于2019年法治政府建设情况的报告 | 主持制訂我省法治政府建設(shè)實(shí)施規(guī)劃。 | true",
            // 公义镇 2021: the district's group issued it
            "公义镇2021年法治政府建设情况报告 | 按照彭山区法治政府建设领导小组印发的《2021年度法治政府建设重点工作安排》相关要求推进。 | false",
            "某某镇2021年法治政府建设情况报告 | 严格落实我镇印发的《2021年度法治政府建设重点工作安排》。 | true",
            // 焉耆回族自治县 2022: an autonomous county names its plans without its people's name
            "焉耆回族自治县人民政府关于2022年法治政府建设情况的报告 | 制发《焉耆县法治政府建设2022年工作要点》。 | true",
            "某某镇2024年法治政府建设情况报告 | 研究2024年清城区法治政府建设工作要点。 | false",
            "某某乡2024年法治政府建设情况报告 | 认真落实《2024年全县法治政府建设工作要点》。 | false",
            "某某县2024年法治政府建设情况报告 | 印发《2024年全县法治政府建设工作要点》。 | true",
            "黄泥塘镇2022年法治政府建设情况报告 | 认真对照中共中央、国务院印发的《法治政府建设实施纲要(2021-2025年)》。 | false",
            "某某县司法局2024年法治政府建设情况报告 | 认真落实《某某县2024年法治政府建设工作要点》。 | false",
            // 河南省交通运输厅 2020
            "河南省交通运输厅2020年法治政府建设情况报告 | 三是加快部署推进。制定了2020年法治建设安排,实施台帐管理。 | true"})
    void aPlanCountsOnlyWhenItIsTheUnitsOwn(String title, String sentence, boolean own) {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", title + "\n一、主要工作和成效\n" + sentence + "\n"));

        assertThat(e.facts().containsKey("leadership.annual_plan")).isEqualTo(own);
    }

    /** A converter's pinyin (執(zhí)法) is read through, and the quote keeps it as written. */
    @Test
    void pinyinLeftByAConverterIsReadThroughAndQuotedAsWritten() {
        String sentence = "全年審查(chá)規範性文件12件,全面推行行政執(zhí)法公示制度。";
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", "一、主要工作和成效\n" + sentence + "\n"));

        assertThat(e.facts().get("enforcement.publicity").fact().quote()).contains("執(zhí)法公示");
        assertThat(sentence).contains(e.facts().get("enforcement.publicity").fact().quote());
    }
}
