<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ติดต่อเรา :: องค์การบริหารส่วนตำบลโคกศิลา</title><link href="css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="images/logo.png" /> <span class="webname">องค์การบริหารส่วนตำบลโคกศิลา</span><br/><span class="slogan">อำเภอกุมภวาปี จังหวัดอุดรธานี</span>
</div>
<div id="menubar"><ul class="sf-menu">
<li><a href="index.php">หน้าหลัก</a></li>
<li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><a href="history.php">ประวัติความเป็นมา</a></li><li><a href="executive.php">คณะผู้บริหาร</a></li><li><a href="index.php">โครงสร้างส่วนราชการ</a></li></ul></li>
<li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="gallery.php">ภาพกิจกรรม</a></li>
<li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div id="left">
<a href="ita.php"><img src="images/banner_ita.png" width="200" /></a><br/>
<a href="complain.php"><img src="images/banner_complain.png" width="200" /></a><br/>
<img src="images/qr_eit.png" width="150" alt="QR code แบบวัด EIT" /><br/><small>สแกน QR code ตอบแบบวัด EIT</small>
</div><div id="main">
<h3>ข้อมูลการติดต่อ</h3><p>องค์การบริหารส่วนตำบลโคกศิลา</p><p>ที่อยู่ หมู่ที่ 4 ตำบลโคกศิลา อำเภอกุมภวาปี จังหวัดอุดรธานี 41110</p><p>โทรศัพท์ 042-331-456</p><p>โทรสาร 042-331-457</p><p>อีเมล saraban@khoksila-sao.go.th</p><iframe src="https://maps.google.com/maps?q=17.1045,103.0221&amp;output=embed" width="600" height="300" frameborder="0"></iframe>
</div></div>
<div id="footer"><p>องค์การบริหารส่วนตำบลโคกศิลา หมู่ที่ 4 ตำบลโคกศิลา อำเภอกุมภวาปี จังหวัดอุดรธานี 41110</p><p>โทรศัพท์ 042-331-456 โทรสาร 042-331-457 อีเมล: saraban@khoksila-sao.go.th</p><p>Copyright &copy; องค์การบริหารส่วนตำบลโคกศิลา All rights reserved.</p></div>
</div></body></html>