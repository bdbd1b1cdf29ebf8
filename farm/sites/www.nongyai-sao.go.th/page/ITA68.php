<!DOCTYPE html>
<html lang="en">

<head>
    <link href="https://use.fontawesome.com/releases/v5.0.13/css/all.css" rel="stylesheet">
    <title>
        ITA 2568
    </title>
    <meta charset="utf-8">
    <link href="lib/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="css/style.css" rel="stylesheet">
    </link>
</head>

<body>
    <!DOCTYPE html>
<html lang="en">
<head>
</head>
<body>
 <!--/ Nav Star /-->
  <nav class="navbar navbar-default navbar-trans navbar-expand-lg fixed-top">
    <div class="container">
      <button class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#navbarDefault">
        <span></span><span></span><span></span>
      </button>
      <a class="navbar-brand text-brand" href="../page/index.php">NongYai<span class="color-b">SAO.</span></a>
      <div class="navbar-collapse collapse justify-content-center" id="navbarDefault">
        <ul class="navbar-nav">
          <li class="nav-item"><a class="nav-link active" href="../page/index.php">หน้าแรก</a></li>
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">เกี่ยวกับเรา</a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown">
              <a class="dropdown-item nav-link" href="history.php">ประวัติความเป็นมา</a>
              <a class="dropdown-item nav-link" href="tree.php">ผังองค์กร</a>
              <a class="dropdown-item nav-link" href="executive.php">คณะผู้บริหาร</a>
              <a class="dropdown-item nav-link" href="contact.php">ข้อมูลติดต่อ</a>
            </div>
          </li>
<!--          <li class="nav-item">
            <a class="nav-link" href="..#no">ศูนย์ข้อมูลข่าวสาร</a>
          </li>   -->
          <li class="nav-item"><a class="nav-link" href="news.php">ข่าวสาร</a></li>
          <li class="nav-item"><a class="nav-link" href="eservice.php">E-Service</a></li>
          <li class="nav-item"><a class="nav-link" href="complaint.php">ร้องเรียน</a></li>
            <li class="nav-item dropdown">
                <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
                    ITA
                </a>
                <div class="dropdown-menu" aria-labelledby="navbarDropdown">
                    <a class="dropdown-item nav-link" href="ITA69.php">ITA ปีงบฯ 2569</a>
                    <a class="dropdown-item nav-link" href="ITA68.php">ITA ปีงบฯ 2568</a>
                </div>
            </li>
<!--            <li class="nav-item">-->
<!--                     <a class="nav-link" href="ITA.php">ITA</a>-->
<!--          </li>-->
        </ul>
      </div>
    </div>
  </nav>
  <!--/ Nav End /-->
</body>
</html>
    <!--/ Intro Single star /-->
    <section class="intro-single">
        <div class="container">
            <div class="row">
                <div class="col-md-12 col-lg-8">
                    <div class="title-single-box">
                        <h2 class="title-single">
                            ITA 2568
                        </h2>
                    </div>
                </div>
                <div class="col-md-12 col-lg-4">
                    <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
                        <ol class="breadcrumb">
                            <li class="breadcrumb-item"><a href="index.php">หน้าหลัก</a></li>
                            <li aria-current="page" class="breadcrumb-item active">ITA 2568</li>
                        </ol>
                    </nav>
                </div>
            </div>
        </div>
    </section>
    <section class="news-single nav-arrow-b">
        <div class="container">
            <div class="row">
                <div class="tree ">
                    <!--/Start box O1/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l1" aria-expanded="false" data-toggle="collapse" href="#l1" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O1 โครงสร้าง หน้าที่และอำนาจ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l1">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="tree.php" style=" font-size: 14px; text-align: left;">
                                                1.1 โครงสร้าง หน้าที่และอำนาจ
                                            </a>
                                            <a href="tree.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O2/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l2" aria-expanded="false" data-toggle="collapse" href="#l2" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O2 ข้อมูลผู้บริหาร
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l2">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="executive.php" style=" font-size: 14px; text-align: left;">
                                                2.1 ข้อมูลผู้บริหาร
                                            </a>
                                            <a href="executive.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </li </li> </li> </div> </li> </ul> <!--/End box/-->
                    <!--/Start box O3/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l3" aria-expanded="false" data-toggle="collapse" href="#l3" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O3 ข้อมูลการติดต่อและช่องทางการสอบถาม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l3">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="contact.php" style=" font-size: 14px; text-align: left;">
                                                3.1 ข้อมูลการติดต่อและช่องทางการสอบถาม
                                            </a>
                                            <a href="contact.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O4/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l4" aria-expanded="false" data-toggle="collapse" href="#l4" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O4 ข่าวประชาสัมพันธ์
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l4">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="news.php" style=" font-size: 14px; text-align: left;">
                                                4.1 ข่าวประชาสัมพันธ์
                                            </a>
                                            <a href="news.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O5/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l5" aria-expanded="false" data-toggle="collapse" href="#l5" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l5">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                5.1 แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) องค์การบริหารส่วนตำบลหนองใหญ่
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O5/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O6/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l6" aria-expanded="false" data-toggle="collapse" href="#l6" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l6">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                6.1 แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O6/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                6.2 รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O6/02.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O7/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l7" aria-expanded="false" data-toggle="collapse" href="#l7" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O7 รายงานผลการดำเนินงานประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l7">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                7.1 รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O7/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O8/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l8" aria-expanded="false" data-toggle="collapse" href="#l8" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l8">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                8.1 คู่มือการปฏิบัติงาน องค์การบริหารส่วนตำบลหนองใหญ่
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O8/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O9/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l9" aria-expanded="false" data-toggle="collapse" href="#l9" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O9 คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l9">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                9.1 คู่มือสำหรับประชาชน (การขอรับบริการ)
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O9/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O10/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l10" aria-expanded="false" data-toggle="collapse" href="#l10" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O10 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l10">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="eservice.php" style=" font-size: 14px; text-align: left;">
                                                10.1 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)
                                            </a>
                                            <a href="eservice.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O11/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l11" aria-expanded="false" data-toggle="collapse" href="#l11" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l11">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                11.1 สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O11/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                11.2 สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568 (Excel)
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O11/01.xlsx">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                11.3 สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O11/02.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                11.4 สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2568 (Excel)
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O11/02.xlsx">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O12/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l12" aria-expanded="false" data-toggle="collapse" href="#l12" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O12 รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน (ประจำปี)
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l12">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                12.1 รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O12/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O13/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l13" aria-expanded="false" data-toggle="collapse" href="#l13" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l13">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                13.1 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O13/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O14/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l14" aria-expanded="false" data-toggle="collapse" href="#l14" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l14">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                14.1 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O14/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O15/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l15" aria-expanded="false" data-toggle="collapse" href="#l15" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l15">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                15.1 ประมวลจริยธรรมของพนักงานองค์การบริหารส่วนตำบลหนองใหญ่
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O15/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                15.2 การขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O15/02.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O16/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l16" aria-expanded="false" data-toggle="collapse" href="#l16" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l16">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                16.1 คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O16/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O17/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l17" aria-expanded="false" data-toggle="collapse" href="#l17" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l17">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="complaint.php" style=" font-size: 14px; text-align: left;">
                                                17.1 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                            </a>
                                            <a href="complaint.php">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O18/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l18" aria-expanded="false" data-toggle="collapse" href="#l18" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l18">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                18.1 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O18/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                18.2 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567 (Excel)
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O18/01.xlsx">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O19/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l19" aria-expanded="false" data-toggle="collapse" href="#l19" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l19">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                19.1 รายงานผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O19/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O20/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l20" aria-expanded="false" data-toggle="collapse" href="#l20" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O20 การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l20">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                20.1 ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O20/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                20.2 รายงานผลการขับเคลื่อนนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O20/02.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O21/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l21" aria-expanded="false" data-toggle="collapse" href="#l21" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O21 การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l21">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                21.1 การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O21/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O22/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l22" aria-expanded="false" data-toggle="collapse" href="#l22" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l22">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                22.1 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O22/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O23/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l23" aria-expanded="false" data-toggle="collapse" href="#l23" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O23 แผนปฏิบัติการป้องกันการทุจริต
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l23">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                23.1 แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O23/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O24/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l24" aria-expanded="false" data-toggle="collapse" href="#l24" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O24 รายงานผลการดำเนินการป้องกันการทุจริต
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l24">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                24.1 รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O24/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O25/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l25" aria-expanded="false" data-toggle="collapse" href="#l25" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l25">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                25.1 การนำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ไปสู่การพัฒนาองค์กร
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O25/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O26/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l26" aria-expanded="false" data-toggle="collapse" href="#l26" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded"><i class="far fa-folder-open"> </i></i>
                                    O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l26">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                26.1 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O26/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                </div>
            </div>
        </div>
    </section>
    <footer><p>องค์การบริหารส่วนตำบลหนองใหญ่ 12 หมู่ 3 ตำบลหนองใหญ่ อำเภอหนองใหญ่ จังหวัดชลบุรี 20190 โทรศัพท์ 035-000-111 โทรสาร 035-000-112 อีเมล saraban@nongyai-sao.go.th</p></footer>
</body>

</html>
