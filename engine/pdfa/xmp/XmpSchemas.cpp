#include "XmpSchemas.h"

namespace granska::pdfa::xmp {
namespace {

// One schema's properties for the editions given: "name=Type;name=Type". Where the editions differ
// in a property's type (photoshop:SupplementalCategories, exif:GPSMeasureMode), each has its row.
struct SchemaRow {
    const char *namespaceUri;
    quint8 editions;
    const char *properties;
};

constexpr quint8 k2004 = quint8(XmpEdition::Xmp2004);
constexpr quint8 k2005 = quint8(XmpEdition::Xmp2005);
constexpr quint8 kBoth = k2004 | k2005;

constexpr SchemaRow kSchemas[] = {
    // PDF/A identification (ISO 19005-1, 6.7.11; ISO 19005-2, 6.6.4)
    {"http://www.aiim.org/pdfa/ns/id/", kBoth, "part=Integer;amd=Text;conformance=Text"},
    {"http://www.aiim.org/pdfa/ns/id/", k2005, "corr=Text"},
    // Dublin Core
    {"http://purl.org/dc/elements/1.1/", kBoth,
     "contributor=Bag ProperName;coverage=Text;creator=Seq ProperName;date=Seq Date;description=Lang Alt;"
     "format=MIMEType;identifier=Text;language=Bag Locale;publisher=Bag ProperName;relation=Bag Text;"
     "rights=Lang Alt;source=Text;subject=Bag Text;title=Lang Alt;type=Bag Text"},
    // XMP Basic
    {"http://ns.adobe.com/xap/1.0/", kBoth,
     "Advisory=Bag Text;BaseURL=URL;CreateDate=Date;CreatorTool=AgentName;Identifier=Bag Text;"
     "MetadataDate=Date;ModifyDate=Date;Nickname=Text;Thumbnails=Alt Thumbnail"},
    {"http://ns.adobe.com/xap/1.0/", k2005, "Label=Text;Rating=Real"},
    // XMP Rights Management
    {"http://ns.adobe.com/xap/1.0/rights/", kBoth,
     "Certificate=URL;Marked=Boolean;Owner=Bag ProperName;UsageTerms=Lang Alt;WebStatement=URL"},
    // XMP Media Management
    {"http://ns.adobe.com/xap/1.0/mm/", kBoth,
     "DerivedFrom=ResourceRef;DocumentID=URI;History=Seq ResourceEvent;InstanceID=URI;ManagedFrom=ResourceRef;"
     "Manager=AgentName;ManageTo=URI;ManageUI=URI;ManagerVariant=Text;RenditionClass=RenditionClass;"
     "RenditionParams=Text;VersionID=Text;Versions=Seq Version;LastURL=URL;RenditionOf=ResourceRef;SaveID=Integer"},
    // XMP Basic Job Ticket
    {"http://ns.adobe.com/xap/1.0/bj/", kBoth, "JobRef=Bag Job"},
    // XMP Paged-Text
    {"http://ns.adobe.com/xap/1.0/t/pg/", kBoth, "MaxPageSize=Dimensions;NPages=Integer"},
    {"http://ns.adobe.com/xap/1.0/t/pg/", k2005, "Fonts=Bag Font;Colorants=Seq Colorant;PlateNames=Seq Text"},
    // Adobe PDF
    {"http://ns.adobe.com/pdf/1.3/", kBoth, "Keywords=Text;PDFVersion=Text;Producer=AgentName"},
    // Photoshop
    {"http://ns.adobe.com/photoshop/1.0/", kBoth,
     "AuthorsPosition=Text;CaptionWriter=ProperName;Category=Text;City=Text;Country=Text;Credit=Text;"
     "DateCreated=Date;Headline=Text;Instructions=Text;Source=Text;State=Text;TransmissionReference=Text;Urgency=Integer"},
    {"http://ns.adobe.com/photoshop/1.0/", k2004, "SupplementalCategories=Text"},
    {"http://ns.adobe.com/photoshop/1.0/", k2005, "SupplementalCategories=Bag Text"},
    // EXIF schema for TIFF properties
    {"http://ns.adobe.com/tiff/1.0/", kBoth,
     "ImageWidth=Integer;ImageLength=Integer;BitsPerSample=Seq Integer;Compression=Closed Choice of Integer;"
     "PhotometricInterpretation=Closed Choice of Integer;Orientation=Closed Choice of Integer;SamplesPerPixel=Integer;"
     "PlanarConfiguration=Closed Choice of Integer;YCbCrSubSampling=Closed Choice of Seq Integer;"
     "YCbCrPositioning=Closed Choice of Integer;XResolution=Rational;YResolution=Rational;"
     "ResolutionUnit=Closed Choice of Integer;TransferFunction=Seq Integer;WhitePoint=Seq Rational;"
     "PrimaryChromaticities=Seq Rational;YCbCrCoefficients=Seq Rational;ReferenceBlackWhite=Seq Rational;"
     "DateTime=Date;ImageDescription=Lang Alt;Make=ProperName;Model=ProperName;Software=AgentName;"
     "Artist=ProperName;Copyright=Lang Alt"},
    // EXIF schema for EXIF-specific properties
    {"http://ns.adobe.com/exif/1.0/", kBoth,
     "ExifVersion=Closed Choice of Text;FlashpixVersion=Closed Choice of Text;ColorSpace=Closed Choice of Integer;"
     "ComponentsConfiguration=Closed Choice of Seq Integer;CompressedBitsPerPixel=Rational;PixelXDimension=Integer;"
     "PixelYDimension=Integer;UserComment=Lang Alt;RelatedSoundFile=Text;DateTimeOriginal=Date;"
     "DateTimeDigitized=Date;ExposureTime=Rational;FNumber=Rational;ExposureProgram=Closed Choice of Integer;"
     "SpectralSensitivity=Text;ISOSpeedRatings=Seq Integer;OECF=OECF/SFR;ShutterSpeedValue=Rational;"
     "ApertureValue=Rational;BrightnessValue=Rational;ExposureBiasValue=Rational;MaxApertureValue=Rational;"
     "SubjectDistance=Rational;MeteringMode=Closed Choice of Integer;LightSource=Closed Choice of Integer;"
     "Flash=Flash;FocalLength=Rational;SubjectArea=Seq Integer;FlashEnergy=Rational;"
     "SpatialFrequencyResponse=OECF/SFR;FocalPlaneXResolution=Rational;FocalPlaneYResolution=Rational;"
     "FocalPlaneResolutionUnit=Closed Choice of Integer;SubjectLocation=Seq Integer;ExposureIndex=Rational;"
     "SensingMethod=Closed Choice of Integer;FileSource=Closed Choice of Integer;SceneType=Closed Choice of Integer;"
     "CFAPattern=CFAPattern;CustomRendered=Closed Choice of Integer;ExposureMode=Closed Choice of Integer;"
     "WhiteBalance=Closed Choice of Integer;DigitalZoomRatio=Rational;FocalLengthIn35mmFilm=Integer;"
     "SceneCaptureType=Closed Choice of Integer;GainControl=Closed Choice of Integer;Contrast=Closed Choice of Integer;"
     "Saturation=Closed Choice of Integer;Sharpness=Closed Choice of Integer;DeviceSettingDescription=DeviceSettings;"
     "SubjectDistanceRange=Closed Choice of Integer;ImageUniqueID=Text;GPSVersionID=Text;GPSLatitude=GPSCoordinate;"
     "GPSLongitude=GPSCoordinate;GPSAltitudeRef=Closed Choice of Integer;GPSAltitude=Rational;GPSTimeStamp=Date;"
     "GPSSatellites=Text;GPSStatus=Closed Choice of Text;GPSDOP=Rational;GPSSpeedRef=Closed Choice of Text;"
     "GPSSpeed=Rational;GPSTrackRef=Closed Choice of Text;GPSTrack=Rational;GPSImgDirectionRef=Closed Choice of Text;"
     "GPSImgDirection=Rational;GPSMapDatum=Text;GPSDestLatitude=GPSCoordinate;GPSDestLongitude=GPSCoordinate;"
     "GPSDestBearingRef=Closed Choice of Text;GPSDestBearing=Rational;GPSDestDistanceRef=Closed Choice of Text;"
     "GPSDestDistance=Rational;GPSProcessingMethod=Text;GPSAreaInformation=Text;GPSDifferential=Closed Choice of Integer"},
    {"http://ns.adobe.com/exif/1.0/", k2004, "MakerNote=Text;GPSMeasureMode=Closed Choice of Integer"},
    {"http://ns.adobe.com/exif/1.0/", k2005, "GPSMeasureMode=Text"},
    // EXIF schema for additional EXIF properties
    {"http://ns.adobe.com/exif/1.0/aux/", k2005, "Lens=Text;SerialNumber=Text"},
    // XMP Dynamic Media
    {"http://ns.adobe.com/xmp/1.0/DynamicMedia/", k2005,
     "projectRef=ProjectLink;videoFrameRate=Open Choice of Text;videoFrameSize=Dimensions;videoPixelAspectRatio=Rational;"
     "videoPixelDepth=Closed Choice of Text;videoColorSpace=Closed Choice of Text;videoAlphaMode=Closed Choice of Text;"
     "videoAlphaPremultipleColor=Colorant;videoAlphaUnityIsTransparent=Boolean;videoCompressor=Text;"
     "videoFieldOrder=Closed Choice of Text;pullDown=Closed Choice of Text;audioSampleRate=Integer;"
     "audioSampleType=Closed Choice of Text;audioChannelType=Closed Choice of Text;audioCompressor=Text;"
     "speakerPlacement=Text;fileDataRate=Rational;tapeName=Text;altTapeName=Text;startTimecode=Timecode;"
     "altTimecode=Timecode;duration=Time;scene=Text;shotName=Text;shotDate=Date;shotLocation=Text;logComment=Text;"
     "markers=Seq Marker;contributedMedia=Bag Media;absPeakAudioFilePath=URI;relativePeakAudioFilePath=URI;"
     "videoModDate=Date;audioModDate=Date;metadataModDate=Date;artist=Text;album=Text;trackNumber=Integer;"
     "genre=Text;copyright=Text;releaseDate=Date;composer=Text;engineer=Text;tempo=Real;instrument=Text;"
     "introTime=Time;outCue=Time;relativeTimestamp=Time;loop=Boolean;numberOfBeats=Real;key=Closed Choice of Text;"
     "stretchMode=Closed Choice of Text;timeScaleParams=TimeScaleStretch;resampleParams=ResampleStretch;"
     "beatSpliceParams=BeatSpliceStretch;timeSignature=Closed Choice of Text;scaleType=Closed Choice of Text"},
    // Camera Raw
    {"http://ns.adobe.com/camera-raw-settings/1.0/", k2005,
     "AutoBrightness=Boolean;AutoContrast=Boolean;AutoExposure=Boolean;AutoShadows=Boolean;BlueHue=Integer;"
     "BlueSaturation=Integer;Brightness=Integer;CameraProfile=Text;ChromaticAberrationB=Integer;"
     "ChromaticAberrationR=Integer;ColorNoiseReduction=Integer;Contrast=Integer;CropTop=Real;CropLeft=Real;"
     "CropBottom=Real;CropRight=Real;CropAngle=Real;CropWidth=Real;CropHeight=Real;CropUnits=Integer;"
     "Exposure=Real;GreenHue=Integer;GreenSaturation=Integer;HasCrop=Boolean;HasSettings=Boolean;"
     "LuminanceSmoothing=Integer;RawFileName=Text;RedHue=Integer;RedSaturation=Integer;Saturation=Integer;"
     "Shadows=Integer;ShadowTint=Integer;Sharpness=Integer;Temperature=Integer;Tint=Integer;"
     "ToneCurve=Seq Text;ToneCurveName=Choice Text;Version=Text;VignetteAmount=Integer;VignetteMidpoint=Integer;"
     "WhiteBalance=Closed Choice of Text"},
};

} // namespace

// Closed choices are checked for their base type only: which values a choice allows is not part
// of what the reference validator checks either.
PredefinedSchemas::PredefinedSchemas(XmpEdition edition) : m_edition(edition)
{
    for (const SchemaRow &row : kSchemas) {
        if (!(row.editions & quint8(edition)))
            continue;
        QHash<QString, QString> &schema = m_properties[QString::fromLatin1(row.namespaceUri)];
        for (const QString &entry : QString::fromLatin1(row.properties).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            schema.insert(entry.left(equals), ValueTypes::simplified(entry.mid(equals + 1)));
        }
    }
}

const PredefinedSchemas &PredefinedSchemas::of(XmpEdition edition)
{
    // Each built on first use only: a PDF/A-1 run needs the 2004 tables, a later part's the 2005.
    if (edition == XmpEdition::Xmp2004) {
        static const PredefinedSchemas schemas2004(XmpEdition::Xmp2004);
        return schemas2004;
    }
    static const PredefinedSchemas schemas2005(XmpEdition::Xmp2005);
    return schemas2005;
}

QString PredefinedSchemas::typeOf(const XmpNode &property) const
{
    const auto schema = m_properties.constFind(property.namespaceUri);
    return schema == m_properties.constEnd() ? QString() : schema->value(property.name);
}

bool PredefinedSchemas::defines(const XmpNode &property) const
{
    return !typeOf(property).isEmpty();
}

bool PredefinedSchemas::hasDefinedType(const XmpNode &property) const
{
    const QString type = typeOf(property);
    return !type.isEmpty() && ValueTypes::predefined(m_edition).matchesSimplified(property, type);
}

} // namespace granska::pdfa::xmp
